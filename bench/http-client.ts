// The benches' HTTP client: GET and parse JSON over one kept-alive node:http connection, so a
// timing is the server's answer and the transfer, not undici's fetch machinery (0.2-0.3 ms a request).
import http from "node:http";
import { decodeCompactGraph, type CompactGraph } from "../server/core/model/compact-graph.ts";
import type { GraphData } from "../server/core/model/types.ts";

export interface JsonClient {
  get<T = unknown>(path: string): Promise<T>;
  close(): void;
}

export function jsonClient(base: string): JsonClient {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  const get = <T>(p: string) =>
    new Promise<T>((resolve, reject) => {
      const req = http.get(new URL(p, base), { agent }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("error", reject);
        res.on("end", () => {
          const status = res.statusCode ?? 0;
          if (status < 200 || status >= 300) reject(new Error(`GET ${p}: ${status} ${body.slice(0, 300)}`));
          else {
            try {
              resolve(JSON.parse(body) as T);
            } catch (err) {
              reject(new Error(`GET ${p}: not JSON (${(err as Error).message})`));
            }
          }
        });
      });
      req.on("error", reject);
    });
  return { get, close: () => agent.destroy() };
}

/** A graph answer as the explorer asks for it (client/api/client.ts): the compact form, decoded. */
export async function getGraph(client: JsonClient, p: string): Promise<GraphData> {
  return decodeCompactGraph(await client.get<CompactGraph>(`${p}${p.includes("?") ? "&" : "?"}format=compact`));
}
