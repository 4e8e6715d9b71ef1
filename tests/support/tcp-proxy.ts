// A TCP proxy on 127.0.0.1 between kgx and a real server, that a test can cut and restore: the
// server stopped (connections refused), a black hole (accepted, never answered), or a frozen link.
import net from "node:net";

/**
 * `refuse`: open connections are destroyed and new ones refused (ECONNREFUSED), as when the server
 * process stops. `blackhole`: open connections are destroyed, new ones accepted and never answered.
 * `freeze`: nothing is destroyed; open and new connections stay up and carry nothing (packets dropped).
 */
export type CutKind = "refuse" | "blackhole" | "freeze";

export interface TcpProxy {
  readonly port: number;
  /** The target URI through this proxy, e.g. bolt://127.0.0.1:PORT. */
  uri(scheme?: string): string;
  cut(kind: CutKind): Promise<void>;
  /**
   * Forwards new connections again. Those held or frozen while cut are destroyed, or with `zombies`
   * only their server side: the client's socket stays open and silent for good, as when the server
   * dropped a connection whose close never reached the client across the cut.
   */
  restore(opts?: { zombies?: boolean }): Promise<void>;
  close(): Promise<void>;
  /** Open client connections (forwarded or held). */
  readonly open: number;
}

interface Pair {
  client: net.Socket;
  server?: net.Socket;
  /** Carries nothing any more, and its client side is left open when its server side closes. */
  zombie?: boolean;
}

function listen(server: net.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve((server.address() as net.AddressInfo).port);
    });
  });
}

function destroy(pair: Pair): void {
  if (!pair.zombie) pair.client.destroy();
  pair.server?.destroy();
}

/** Starts a proxy to `target` (host:port) on a free port. */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const pairs = new Set<Pair>();
  let state: CutKind | "up" = "up";

  const forward = (pair: Pair) => {
    const upstream = net.connect(target.port, target.host);
    pair.server = upstream;
    for (const [a, b] of [
      [pair.client, upstream],
      [upstream, pair.client],
    ] as const) {
      a.on("data", (chunk: Buffer) => {
        if (state === "up" && !pair.zombie) b.write(chunk);
      });
      a.on("error", () => destroy(pair));
      a.on("close", () => {
        destroy(pair);
        if (!pair.zombie || a === pair.client) pairs.delete(pair);
      });
    }
  };

  const onConnection = (client: net.Socket) => {
    const pair: Pair = { client };
    pairs.add(pair);
    client.on("error", () => undefined);
    if (state === "up") forward(pair);
    else client.on("close", () => pairs.delete(pair)); // held: read and dropped, never answered
    client.on("data", () => undefined);
  };

  let server = net.createServer(onConnection);
  const port = await listen(server, 0);

  return {
    port,
    uri: (scheme = "bolt") => `${scheme}://127.0.0.1:${port}`,
    get open() {
      return pairs.size;
    },
    async cut(kind) {
      state = kind;
      if (kind !== "freeze") {
        for (const pair of pairs) destroy(pair);
        pairs.clear();
      }
      if (kind === "refuse") await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    async restore(opts = {}) {
      const was = state;
      for (const pair of pairs) {
        pair.zombie = opts.zombies === true;
        destroy(pair);
        if (!pair.zombie) pairs.delete(pair);
      }
      state = "up";
      if (was === "refuse") {
        server = net.createServer(onConnection);
        await listen(server, port);
      }
    },
    async close() {
      for (const pair of pairs) {
        pair.zombie = false;
        destroy(pair);
      }
      pairs.clear();
      if (state !== "refuse") await new Promise<void>((resolve) => server.close(() => resolve()));
      state = "refuse";
    },
  };
}
