// The Neo4j guard against a real socket that goes away and comes back: a call given up is flagged
// (a write must not commit), its late failure leaves a recovered pool alone, and a failure that only
// looks like an outage replaces the pool only when the probe finds the server gone.
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { StoreUnavailable } from "../../server/core/errors.ts";
import { Neo4jGuard, type AbortFlag } from "../../server/store/neo4j/neo4j-guard.ts";

/** A port that answers Bolt's handshake with 4 bytes while up, and refuses connections while down. */
class FakeBoltPort {
  private server: net.Server | null = null;
  constructor(readonly port: number) {}
  static async free(): Promise<FakeBoltPort> {
    const s = net.createServer();
    await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
    const { port } = s.address() as net.AddressInfo;
    await new Promise<void>((r) => s.close(() => r()));
    return new FakeBoltPort(port);
  }
  async up(): Promise<void> {
    this.server = net.createServer((socket) => socket.once("data", () => socket.write(Buffer.from([0, 0, 4, 5]))));
    await new Promise<void>((r) => this.server!.listen(this.port, "127.0.0.1", r));
  }
  async down(): Promise<void> {
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
    this.server = null;
  }
}

let port: FakeBoltPort | null = null;
afterEach(async () => {
  await port?.down();
});

function guardOn(p: FakeBoltPort) {
  let resets = 0;
  const guard = new Neo4jGuard({
    uri: `bolt://127.0.0.1:${p.port}`,
    timeoutMs: 300,
    probeMs: 300,
    onDown: () => resets++,
  });
  return { guard, resets: () => resets };
}

const outage = () => new StoreUnavailable("store: cannot reach Neo4j at bolt://x: connection reset");

describe("Neo4j guard", () => {
  it("flags a call it gives up, and ignores that call's late failure after recovery", async () => {
    port = await FakeBoltPort.free();
    const { guard, resets } = guardOn(port);
    let signal: AbortFlag | undefined;
    let failLate: (e: unknown) => void = () => undefined;
    const hung = guard.run(
      (s) =>
        new Promise<never>((_, reject) => {
          signal = s;
          failLate = reject;
        }),
    );
    await expect(hung).rejects.toThrow(/cannot reach Neo4j at bolt:\/\/127\.0\.0\.1/);
    expect(signal?.aborted).toBe(true);
    expect(resets()).toBe(1);

    await port.up();
    expect(await guard.run(async () => 7)).toBe(7); // the first probe that answers ends the outage
    failLate(outage()); // the abandoned call fails at last (its old socket reset)
    await new Promise((r) => setTimeout(r, 400));
    expect(resets()).toBe(1);
    expect(await guard.run(async () => 8)).toBe(8);
  });

  it("replaces the pool for an outage-like failure only when the probe finds the server gone", async () => {
    port = await FakeBoltPort.free();
    await port.up();
    const { guard, resets } = guardOn(port);
    await expect(guard.run(() => Promise.reject(outage()))).rejects.toBeInstanceOf(StoreUnavailable);
    await new Promise((r) => setTimeout(r, 400));
    expect(resets()).toBe(0); // alive: a busy pool, not an outage
    await port.down();
    await expect(guard.run(() => Promise.reject(outage()))).rejects.toBeInstanceOf(StoreUnavailable);
    await new Promise((r) => setTimeout(r, 400));
    expect(resets()).toBe(1);
  });

  it("does not flag a call that is only slow on a live server", async () => {
    port = await FakeBoltPort.free();
    await port.up();
    const { guard, resets } = guardOn(port);
    let signal: AbortFlag | undefined;
    const slow = await guard.run(async (s) => {
      signal = s;
      await new Promise((r) => setTimeout(r, 900)); // three deadlines, three probes that answer
      return "done";
    });
    expect(slow).toBe("done");
    expect(signal?.aborted).toBe(false);
    expect(resets()).toBe(0);
  });
});
