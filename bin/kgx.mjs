#!/usr/bin/env node
// kgx command entry: registers tsx so the TypeScript sources run as they are, then
// hands over to the CLI.
import { register } from "tsx/esm/api";

register();
await import("../server/cli/main.ts");
