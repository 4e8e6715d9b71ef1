// Messages between the server and the child process that holds the Grafeo database.

export type HostRequest =
  | { id: number; op: "read"; query: string; params: Record<string, unknown> }
  | { id: number; op: "begin" }
  | { id: number; op: "run"; tx: number; query: string; params: Record<string, unknown> }
  | { id: number; op: "commit"; tx: number }
  | { id: number; op: "rollback"; tx: number }
  | { id: number; op: "user"; query: string; params: Record<string, unknown>; maxRows: number; maxBytes: number }
  | { id: number; op: "snapshot"; path: string }
  | { id: number; op: "close" };

export type HostReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { name: string; message: string; line?: number; column?: number } }
  | { ready: true }
  | { ready: false; error: { name: string; message: string } };
