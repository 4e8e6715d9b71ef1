// Entry of an export worker thread: registers tsx, then runs export-worker.ts.
import { register } from "tsx/esm/api";

register();
await import("./export-worker.ts");
