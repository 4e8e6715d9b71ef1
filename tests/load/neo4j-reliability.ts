// The reliability figures on a live Neo4j (NEO4J_*; it WIPES that database), beside the same load on
// Grafeo: kill -9 of kgx during ingest, kill -9 of the Neo4j JVM and restart, autocannon on loopback.
// Run: node --import tsx tests/load/neo4j-reliability.ts  (prints one JSON line per figure)
import { execFile, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import autocannon from "autocannon";
import { ROOT } from "../../server/cli/client-build.ts";
import { neo4jOptions, openNeo4jStore } from "../../server/store/neo4j/index.ts";
import { SEEDS } from "../support/server.ts";

const KGX = path.join(ROOT, "bin/kgx.mjs");
const NEO4J_PID = path.join(process.env.KGX_NEO4J_HOME ?? path.join(ROOT, ".cache/neo4j/home"), "run/neo4j.pid");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-neo4j-rel-"));
const corpus = path.join(dir, "corpus");
const children: ChildProcess[] = [];
const run = promisify(execFile);
const RATES = { KGX_RATE_CYPHER_PER_MIN: "1000000", KGX_RATE_ARTICLES_PER_MIN: "1000000" };
const neo = { ...process.env, KGX_STORE: "neo4j", ...RATES };
const grafeo = (db: string) => ({ ...process.env, KGX_STORE: "grafeo", KGX_DATA: path.join(dir, db), ...RATES });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const report = (figure: string, value: object) => console.log(JSON.stringify({ figure, ...value }));

async function kgx(env: NodeJS.ProcessEnv, ...args: string[]) {
  try {
    return { code: 0, ...(await run(process.execPath, [KGX, ...args], { env, maxBuffer: 1 << 26 })) };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
const stats = async (env: NodeJS.ProcessEnv) => JSON.parse((await kgx(env, "stats")).stdout) as Record<string, unknown>;

async function wipeNeo4j(): Promise<void> {
  const store = await openNeo4jStore(neo4jOptions(process.env));
  await store.clear();
  await store.close();
}

function writeCorpus(n: number): string[] {
  fs.mkdirSync(corpus, { recursive: true });
  const seeds = fs
    .readdirSync(SEEDS)
    .sort()
    .map((f) => fs.readFileSync(path.join(SEEDS, f), "utf8"));
  const texts = Array.from({ length: n }, (_, i) => seeds[i % seeds.length]!.replace("\n", `\n\nDispatch ${i}.\n`));
  texts.forEach((t, i) => fs.writeFileSync(path.join(corpus, `art-${String(i).padStart(3, "0")}.txt`), t));
  return texts;
}

async function serve(env: NodeJS.ProcessEnv): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [KGX, "serve", "--no-client", "--port", "0"], { env });
  children.push(child);
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  for (let i = 0; i < 600; i++) {
    const m = /explorer at (http:\/\/\S+)/.exec(out);
    if (m) return { url: m[1]!, child };
    if (child.exitCode !== null) break;
    await sleep(100);
  }
  throw new Error(`kgx serve did not start: ${out}`);
}

const post = (url: string, route: string, body: unknown) =>
  fetch(new URL(route, url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  });

/** Posts new articles one after another while `running()`; the ids the server acknowledged, and the other statuses. */
async function ingestWhile(url: string, tag: string, running: () => boolean) {
  const acked: string[] = [];
  const failed: Record<string, number> = {};
  const seeds = fs.readdirSync(SEEDS).map((f) => fs.readFileSync(path.join(SEEDS, f), "utf8"));
  for (let i = 0; running(); i++) {
    const text = seeds[i % seeds.length]!.replace("\n", `\n\n${tag} dispatch ${i}.\n`);
    const res = await post(url, "/api/articles", { text }).catch(() => null);
    const key = res ? String(res.status) : "network";
    if (res && (res.status === 201 || res.status === 200))
      acked.push(((await res.json()) as { article: { id: string } }).article.id);
    else failed[key] = (failed[key] ?? 0) + 1;
    if (!res || res.status >= 500) await sleep(200);
  }
  return { acked, failed };
}

const percentile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))] ?? 0;

/** autocannon: 50 connections for 10 s over /api/graph, Cypher and search, while articles are ingested. */
async function load(store: string, env: NodeJS.ProcessEnv): Promise<void> {
  const { url, child } = await serve(env);
  let running = true;
  const ingest = ingestWhile(url, `Load ${store}`, () => running);
  const latencies: number[] = [];
  const cypher = JSON.stringify({
    query: "MATCH (s:Entity)-[c]->(t:Entity {name: $name}) RETURN s.name AS s, type(c) AS t, count(*) AS n",
    params: { name: "North Korea" },
  });
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const inst = autocannon(
      {
        url,
        connections: 50,
        duration: 10,
        timeout: 30,
        requests: [
          { method: "GET", path: "/api/graph?limit=200" },
          { method: "POST", path: "/api/cypher", headers: { "content-type": "application/json" }, body: cypher },
          { method: "GET", path: "/api/entities?search=kor&limit=10" },
        ],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    inst.on("response", (_c, _s, _b, ms) => latencies.push(ms));
  });
  running = false;
  const ing = await ingest;
  const present = await Promise.all(
    ing.acked.map(async (id) => (await fetch(new URL(`/api/articles/${id}`, url))).status),
  );
  report(`load.${store}`, {
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    p50_ms: percentile(latencies, 0.5),
    p99_ms: percentile(latencies, 0.99),
    ingested: ing.acked.length,
    ingestFailed: ing.failed,
    lost: present.filter((s) => s !== 200).length,
  });
  child.kill("SIGTERM");
  await new Promise((r) => child.once("exit", r));
}

/** kill -9 of `kgx ingest` on Neo4j once a fifth of the articles are stored, then a re-run: its counts against a clean run on Grafeo. */
async function killKgxDuringIngest(n: number): Promise<void> {
  await wipeNeo4j();
  const crashing = spawn(process.execPath, [KGX, "ingest", corpus], { env: neo, stdio: "ignore" });
  children.push(crashing);
  const exited = new Promise((r) => crashing.once("exit", r));
  const clean = kgx(grafeo("clean.grafeo"), "ingest", corpus);
  // Killed mid-ingest: once some articles are in Neo4j (watched through kgx's own store), well before the end.
  const watch = await openNeo4jStore(neo4jOptions(process.env));
  for (let i = 0; i < 1200 && ((await watch.stats()).articles as number) < n / 5; i++) await sleep(250);
  await watch.close();
  crashing.kill("SIGKILL");
  const signal = await exited;
  const partial = await stats(neo);
  await clean;
  const rerun = await kgx(neo, "ingest", corpus);
  const [ref, got] = [await stats(grafeo("clean.grafeo")), await stats(neo)];
  const same = (k: string) => JSON.stringify(ref[k]) === JSON.stringify(got[k]);
  report("kill9_kgx_ingest.neo4j", {
    articles: n,
    killedWith: signal === null ? "SIGKILL" : String(signal),
    storedBeforeRerun: partial.articles,
    rerun: rerun.stdout.trim().split("\n").pop(),
    rerunExit: rerun.code,
    counts: { articles: got.articles, entities: got.entities, claims: got.claims },
    equalToCleanGrafeoRun: ["articles", "entities", "claims", "byLabel", "byType"].every(same),
  });
}

/** kill -9 of the Neo4j JVM under a running kgx with ingest in flight, then `npm run neo4j -- start`. */
async function killNeo4j(): Promise<void> {
  const { url, child } = await serve(neo);
  let running = true;
  // Four writers, so that articles are in flight when the JVM dies.
  const writers = [0, 1, 2, 3].map((k) => ingestWhile(url, `JVM kill ${k}`, () => running));
  await sleep(10_000);
  const pid = Number(fs.readFileSync(NEO4J_PID, "utf8").trim());
  process.kill(pid, "SIGKILL");
  const killedAt = Date.now();
  await sleep(2_000);
  const during = await fetch(new URL("/api/stats", url));
  const duringBody = (await during.json()) as { error?: { type: string; message: string } };
  const health = (await fetch(new URL("/api/health", url))).status;
  const restart = await run("bash", [path.join(ROOT, "scripts/neo4j/neo4j.sh"), "start"], { env: process.env });
  let recoveredMs = -1;
  for (let i = 0; i < 600; i++) {
    if ((await fetch(new URL("/api/stats", url))).status === 200) {
      recoveredMs = Date.now() - killedAt;
      break;
    }
    await sleep(100);
  }
  await sleep(10_000);
  running = false;
  const done = await Promise.all(writers);
  const ing = { acked: done.flatMap((w) => w.acked), failed: {} as Record<string, number> };
  for (const w of done) for (const [k, v] of Object.entries(w.failed)) ing.failed[k] = (ing.failed[k] ?? 0) + v;
  const present = await Promise.all(
    ing.acked.map(async (id) => (await fetch(new URL(`/api/articles/${id}`, url))).status),
  );
  report("kill9_neo4j_jvm", {
    whileDown: { stats: during.status, error: duringBody.error, health },
    restarted: /started|running/.test(restart.stdout + restart.stderr),
    serverRecoveredMsAfterKill: recoveredMs,
    kgxServerStayedUp: child.exitCode === null,
    acknowledged: ing.acked.length,
    refusedWhileDown: ing.failed,
    lost: present.filter((s) => s !== 200).length,
  });
  child.kill("SIGTERM");
  await new Promise((r) => child.once("exit", r));
}

async function main(): Promise<void> {
  if (!process.env.NEO4J_URI) throw new Error("set NEO4J_URI (npm run neo4j -- start; npm run neo4j -- env)");
  const n = 200;
  writeCorpus(n);
  const only = process.argv.slice(2);
  const want = (k: string) => only.length === 0 || only.includes(k);
  if (want("kill-kgx")) await killKgxDuringIngest(n);
  if (want("load")) {
    await wipeNeo4j();
    await kgx(neo, "ingest", SEEDS);
    await kgx(grafeo("load.grafeo"), "ingest", SEEDS);
    await load("grafeo", grafeo("load.grafeo"));
    await load("neo4j", neo);
  }
  if (want("kill-neo4j")) await killNeo4j();
}

main()
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
    fs.rmSync(dir, { recursive: true, force: true });
  });
