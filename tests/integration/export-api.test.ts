// Exports through the API and the CLI on the seeds: every format answers as a file,
// selections by query, ids (with the view's positions) and entity work, bad requests are 400.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../../server/cli/client-build.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer({ client: false });
});
afterAll(() => srv.close());

const post = (body: unknown) =>
  fetch(new URL("/api/export", srv.url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

describe("export API", () => {
  it("lists the formats", async () => {
    const { formats } = await (await fetch(new URL("/api/export/formats", srv.url))).json();
    expect(formats.map((f: { id: string }) => f.id)).toEqual(
      expect.arrayContaining(["json", "gexf", "graphml", "nodes.csv", "edges.csv", "claims.csv", "html", "md", "svg"]),
    );
  });

  it.each(["json", "gexf", "graphml", "nodes.csv", "edges.csv", "claims.csv", "html", "md", "svg"])(
    "exports %s as an attachment",
    async (format) => {
      const res = await post({ format, selection: { all: true } });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="kgx-\d{14}\./);
      expect((await res.text()).length).toBeGreaterThan(500);
    },
  );

  it("exports a Cypher result's nodes and the claims among them", async () => {
    const res = await post({
      format: "json",
      selection: { query: "MATCH (s:Entity)-[:CONDEMNED]->(t:Entity) RETURN s, t" },
    });
    const out = await res.json();
    expect(out.meta.origin).toMatch(/^Cypher query: MATCH/);
    expect(out.relations.some((r: { type: string }) => r.type === "CONDEMNED")).toBe(true);
    const refused = await post({ format: "json", selection: { query: "CREATE (:X)" } });
    expect(refused.status).toBe(400);
  });

  it("keeps the view's positions for a selection of ids", async () => {
    const graph = await (await fetch(new URL("/api/graph?limit=3", srv.url))).json();
    const ids = graph.nodes.map((n: { id: string }) => n.id);
    const positions = Object.fromEntries(ids.map((id: string, i: number) => [id, { x: i * 10, y: -i }]));
    const g = parseGexf(
      MultiDirectedGraph,
      await (await post({ format: "gexf", selection: { ids }, positions })).text(),
    );
    expect(g.order).toBe(3);
    ids.forEach((id: string, i: number) => expect(g.getNodeAttribute(id, "x")).toBe(i * 10));
  });

  it.each([
    [{ format: "pdf", selection: { all: true } }, 400],
    [{ format: "json", selection: {} }, 400],
    [{ format: "json", selection: { entity: "Nobody At All Zzz" } }, 404],
  ])("refuses %j with %i", async (body, status) => {
    const res = await post(body);
    expect(res.status).toBe(status);
    expect((await res.json()).error.message).toMatch(/^export: /);
  });
});

describe("kgx export", () => {
  it("writes an entity's 2-hop neighbourhood as GraphML and as three CSV files", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-export-"));
    const env = { ...process.env, KGX_DATA: path.join(dir, "db.grafeo") };
    const run = (...args: string[]) =>
      promisify(execFile)(process.execPath, [path.join(ROOT, "bin/kgx.mjs"), ...args], { env });
    await run("ingest", path.join(ROOT, "seeds"));
    await run("export", "--entity", "Choe Son Hui", "--hops", "2", "--format", "graphml", "-o", `${dir}/choe.graphml`);
    expect(fs.readFileSync(`${dir}/choe.graphml`, "utf8")).toMatch(/Choe Son Hui/);
    await run("export", "--all", "--format", "csv", "-o", `${dir}/all.csv`);
    expect(
      fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(".csv"))
        .sort(),
    ).toEqual(["all-claims.csv", "all-edges.csv", "all-nodes.csv"]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
