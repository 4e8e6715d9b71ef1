// Bounds every call to Neo4j: one without an answer for the deadline probes the server on a fresh connection,
// and fails with StoreUnavailable if that gets no answer either; while the server is down, calls probe first.
import { StoreUnavailable } from "../../core/errors.ts";
import { probeNeo4j } from "./neo4j-reach.ts";

/** Set when the guard gives a call up: the work must not go on (a write must not commit). */
export interface AbortFlag {
  aborted: boolean;
}

export interface GuardSettings {
  uri: string;
  /** How long a call may go without an answer before the server is probed. */
  timeoutMs: number;
  /** How long the probe waits for the Bolt handshake. */
  probeMs: number;
  /** Called once each time the server is found down: drop the pool, whose connections may hang. */
  onDown: () => void;
}

export class Neo4jGuard {
  /** Why the server was last found unreachable; undefined while it answers. */
  private down: string | undefined;
  private probing: Promise<string | undefined> | undefined;

  constructor(private readonly s: GuardSettings) {}

  /** One probe at a time; concurrent callers share its answer. */
  probe(): Promise<string | undefined> {
    this.probing ??= probeNeo4j(this.s.uri, this.s.probeMs).then((reason) => {
      this.probing = undefined;
      if (reason) this.markDown(reason);
      else this.down = undefined;
      return reason;
    });
    return this.probing;
  }

  /** Remembers that the server is unreachable; the first time, the pool is replaced. */
  markDown(reason: string): void {
    if (this.down === undefined) this.s.onDown();
    this.down = reason;
  }

  private unavailable(reason: string): StoreUnavailable {
    return new StoreUnavailable(`store: cannot reach Neo4j at ${this.s.uri}: ${reason}`);
  }

  /**
   * Runs `work` (started only once the server is believed up) under the deadline. When the call is given
   * up, `signal.aborted` turns true: a write checks it before each statement and before its commit.
   */
  async run<T>(work: (signal: AbortFlag) => Promise<T>): Promise<T> {
    if (this.down !== undefined) {
      const reason = await this.probe();
      if (reason) throw this.unavailable(reason);
    }
    const signal: AbortFlag = { aborted: false };
    const op = work(signal);
    op.catch(() => undefined);
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const arm = () => {
        timer = setTimeout(() => {
          void this.probe().then((reason) => {
            if (settled) return;
            if (!reason) return arm(); // alive: the call is only slow
            settled = true;
            signal.aborted = true;
            reject(this.unavailable(`${reason} (a call had no answer for ${this.s.timeoutMs} ms)`));
          });
        }, this.s.timeoutMs);
      };
      arm();
      op.then(
        (value) => {
          settled = true;
          clearTimeout(timer);
          resolve(value);
        },
        (err: unknown) => {
          // A call already given up changes nothing (its late failure must not reset a recovered pool).
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          // No connection (the server down, or only a busy pool): the probe decides, and marks it down.
          if (err instanceof StoreUnavailable && err.message.includes("cannot reach")) void this.probe();
          reject(err);
        },
      );
    });
  }
}
