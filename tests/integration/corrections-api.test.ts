// The corrections API on the seed corpus, over real HTTP: typed 4xx for bad input with nothing
// written, merged ids resolving, rejected claims leaving the exports, author header, export/import.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer({ client: false, env: { KGX_AUTHOR: "configured" } });
});
afterAll(() => srv.close());

async function call(method: string, route: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(new URL(route, srv.url), {
    method,
    headers: { "content-type": "application/json", ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  const json = (res.headers.get("content-type") ?? "").includes("application/json");
  return { status: res.status, body: json ? JSON.parse(text) : text };
}
const find = async (q: string) => (await call("GET", `/api/entities?search=${encodeURIComponent(q)}`)).body.entities;
const KURSK = "place:kursk-589386da";
const KURSK_REGION = "place:kursk-region-cdcdb11d";

describe("corrections API", () => {
  it("refuses bad merges with clear 4xx and writes nothing", async () => {
    const stats = (await call("GET", "/api/stats")).body;
    const self = await call("POST", "/api/corrections/merge", { keep: KURSK, others: [KURSK] });
    expect([self.status, self.body.error.type]).toEqual([400, "InvalidInput"]);
    const unknown = await call("POST", "/api/corrections/merge", { keep: KURSK, others: ["place:nowhere-1"] });
    expect([unknown.status, unknown.body.error.type]).toEqual([404, "NotFound"]);
    const [russia] = await find("Russia");
    const labels = await call("POST", "/api/corrections/merge", { keep: KURSK, others: [russia.id] });
    expect([labels.status, labels.body.error.type]).toEqual([400, "LabelConflict"]);
    const malformed = await call("POST", "/api/corrections/relabel", { id: KURSK, label: "Ship" });
    expect(malformed.status).toBe(400);
    expect((await call("GET", "/api/stats")).body).toEqual(stats);
    expect((await call("GET", "/api/corrections")).body.corrections).toEqual([]);
  });

  it("merges, resolves the merged id, suggests no more, and undoes", async () => {
    expect((await call("GET", "/api/duplicates")).body.suggestions.map((s: { b: { id: string } }) => s.b.id)).toContain(
      KURSK,
    );
    const merged = await call(
      "POST",
      "/api/corrections/merge",
      { keep: KURSK_REGION, others: [KURSK], note: "same" },
      {
        "X-KGX-Author": "ana",
      },
    );
    expect(merged.status).toBe(201);
    expect(merged.body.correction).toMatchObject({ author: "ana", note: "same", undone: false });
    const viaOld = (await call("GET", `/api/entities/${KURSK}`)).body;
    expect(viaOld).toMatchObject({ entity: { id: KURSK_REGION }, redirectedFrom: KURSK });
    expect((await call("GET", `/api/entities/${KURSK}/neighbourhood`)).status).toBe(200);
    expect(
      (await call("GET", "/api/duplicates")).body.suggestions.map((s: { b: { id: string } }) => s.b.id),
    ).not.toContain(KURSK);
    const undone = await call("POST", `/api/corrections/${merged.body.correction.id}/undo`);
    expect(undone.body.correction.undone).toBe(true);
    expect((await call("GET", `/api/entities/${KURSK}`)).body.entity.id).toBe(KURSK);
    expect((await call("POST", `/api/corrections/${merged.body.correction.id}/undo`)).status).toBe(404);
  });

  it("rejects a claim: gone from the graph and the HTML export, listed as rejected, the console still read-only", async () => {
    const [claim] = (await call("GET", "/api/review?limit=1")).body.queue;
    const exportAll = () => call("POST", "/api/export", { format: "html", selection: { all: true } });
    expect((await exportAll()).body).toContain(`data-claim="${claim.id}"`);
    const rejected = await call("POST", `/api/corrections/claims/${claim.id}/reject`, { note: "misread" });
    expect(rejected.body.correction.author).toBe("configured");
    const html = await exportAll();
    expect(html.status).toBe(200);
    expect(html.body).not.toContain(claim.id);
    const review = (await call("GET", "/api/review")).body;
    expect(review.queue.map((c: { id: string }) => c.id)).not.toContain(claim.id);
    expect(review.rejected[0]).toMatchObject({ note: "misread", change: { claim: claim.id } });
    const write = await call("POST", "/api/cypher", { query: "MATCH (k:Correction) DETACH DELETE k" });
    expect(write.status).toBe(400);
    expect((await call("GET", "/api/corrections")).body.corrections).toHaveLength(2);
  });

  it("adds a missing claim from a selection with exact offsets; refuses one across sentences", async () => {
    const [choe] = await find("Choe");
    const detail = (await call("GET", `/api/entities/${choe.id}`)).body;
    const art = (await call("GET", `/api/articles/${detail.articles[0].id}`)).body;
    const [s, e] = art.sentences[1];
    const target = art.mentions.find((m: { id: string }) => m.id !== choe.id);
    const body = { article: art.article.id, start: s, end: e, type: "CONDEMNED", source: choe.id, target: target.id };
    const added = await call("POST", "/api/corrections/claims", body);
    expect(added.status).toBe(201);
    const claims = (await call("GET", `/api/entities/${choe.id}`)).body.claims;
    const mine = claims.find((c: { rule: string }) => c.rule === "analyst");
    expect(mine).toMatchObject({ start: s, end: e, evidence: art.text.slice(s, e), type: "CONDEMNED" });
    const across = await call("POST", "/api/corrections/claims", { ...body, end: art.sentences[2][1] });
    expect(across.status).toBe(400);
  });

  it("exports JSON lines and imports them into another store", async () => {
    const lines = (await call("GET", "/api/corrections/export")).body as string;
    expect(lines.trim().split("\n")).toHaveLength(3);
    const other = await startTestServer({ client: false });
    try {
      const out = await other.kgx.corrections.importLines(lines);
      expect(out).toEqual({ applied: 3, skipped: 0, failed: [] });
      expect(await other.kgx.explore.stats()).toEqual((await call("GET", "/api/stats")).body);
      expect((await other.kgx.corrections.importLines(lines)).skipped).toBe(3);
      await expect(other.kgx.corrections.importLines('{"id":"x","change":{"kind":"explode"}}')).rejects.toThrow(
        /line 1/,
      );
    } finally {
      await other.close();
    }
  });
});
