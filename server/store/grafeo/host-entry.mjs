// Entry of the Grafeo host child process: registers tsx, then runs host-main.ts.
import { register } from "tsx/esm/api";

register();
await import("./host-main.ts");
