// Whether a Neo4j server answers at all: a fresh connection and the Bolt handshake within a time limit,
// apart from the driver's pool (whose pooled connections may be the very ones that went silent).
import net from "node:net";
import tls from "node:tls";

/** Bolt's magic preamble, then four version slots (5.0, 4.4, two empty); any 4-byte answer means alive. */
const HANDSHAKE = Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 0, 0, 5, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0]);

function target(uri: string): { host: string; port: number; secure: boolean } {
  const m = /^([a-z0-9+]+):\/\//i.exec(uri);
  const scheme = (m?.[1] ?? "bolt").toLowerCase();
  const url = new URL(uri.replace(/^[a-z0-9+]+:\/\//i, "http://"));
  return {
    host: url.hostname.replace(/^\[|\]$/g, ""),
    port: Number(url.port || 7687),
    secure: scheme.endsWith("+s") || scheme.endsWith("+ssc"),
  };
}

/**
 * Resolves undefined when the server at `uri` answers the Bolt handshake within `timeoutMs`,
 * else the reason it does not ("connection refused (ECONNREFUSED)", "no answer in 3000 ms").
 */
export function probeNeo4j(uri: string, timeoutMs: number): Promise<string | undefined> {
  let t: ReturnType<typeof target>;
  try {
    t = target(uri);
  } catch {
    return Promise.resolve(`cannot parse ${uri}`);
  }
  return new Promise((resolve) => {
    let got = 0;
    const socket = t.secure
      ? tls.connect({
          host: t.host,
          port: t.port,
          ...(net.isIP(t.host) ? {} : { servername: t.host }), // SNI takes names only
          rejectUnauthorized: false,
        })
      : net.connect(t.port, t.host);
    const done = (reason: string | undefined) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(reason);
    };
    const timer = setTimeout(() => done(`no answer to the Bolt handshake in ${timeoutMs} ms`), timeoutMs);
    socket.once(t.secure ? "secureConnect" : "connect", () => socket.write(HANDSHAKE));
    socket.on("data", (chunk: Buffer) => {
      got += chunk.length;
      if (got >= 4) done(undefined);
    });
    socket.on("error", (err: NodeJS.ErrnoException) => {
      const code = err.code ? ` (${err.code})` : "";
      done(err.code === "ECONNREFUSED" ? `connection refused${code}` : `${err.message.split("\n")[0]}${code}`);
    });
    socket.on("close", () => done("the connection was closed before the Bolt handshake"));
  });
}
