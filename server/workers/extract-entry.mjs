// Entry of an extraction worker thread: registers tsx, then runs extract-worker.ts.
import { register } from "tsx/esm/api";

register();
await import("./extract-worker.ts");
