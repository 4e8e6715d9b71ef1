// Render benchmark: the 10k-entity / 50k-claim synthetic graph in headless Chromium, drawn
// by the explorer's renderer setup and by bare sigma in the same run (first frame, pan p95).
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import circular from "graphology-layout/circular";
import { buildGraph } from "../client/sigma/build-graph.ts";
import { runLayout } from "../client/sigma/layout.ts";
import { DEFAULT_SETTINGS } from "../client/sigma/settings.ts";
import { edgesFromClaims } from "../server/core/graph/export-bundle.ts";
import { synthGraph, prng } from "../server/core/graph/synth.ts";
import type { GraphData } from "../server/core/model/types.ts";
import { launchChromium } from "../tests/support/browser.ts";
import type { BenchFigure } from "./extract-bench.ts";
import type { LayoutResult } from "./layout-measure.ts";

interface PageResult {
  firstFrameMs: number;
  panP95Ms: number;
  nodes: number;
  edges: number;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const FRAMES = Number(process.env.KGX_RENDER_FRAMES ?? 8);

/**
 * Positions as the explorer has them when an analyst starts the layout: graphs up to its
 * synchronous-layout size are laid out on load (runLayout), larger ones start on a circle.
 * Both pages get the same positions.
 */
export function laidOutAsTheExplorerDoes(data: GraphData): GraphData {
  const graph = buildGraph(data, DEFAULT_SETTINGS);
  if (graph.order <= DEFAULT_SETTINGS.syncLayoutMax) runLayout(graph, DEFAULT_SETTINGS);
  else circular.assign(graph, { scale: 100 });
  const at = (id: string): { x: number; y: number } => {
    const { x, y } = graph.getNodeAttributes(id);
    return { x, y };
  };
  return { ...data, nodes: data.nodes.map((n) => ({ ...n, ...at(n.id) })) };
}

/** The synthetic graph as the API would send it: edges per (source, type, target), seeded positions. */
export function benchGraph(nodes = 10_000, edges = 50_000): GraphData {
  const g = synthGraph({ nodes, edges, seed: 42 });
  const rand = prng(7);
  return {
    nodes: g.entities.map((e) => ({
      id: e.id,
      label: e.label,
      name: e.name,
      mentions: e.mentions,
      x: rand() * 1000,
      y: rand() * 1000,
    })),
    edges: edgesFromClaims(g.relations),
  };
}

export async function buildPages(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: here,
    base: "./",
    // The client's `@core/*` imports, as in client/vite.config.ts.
    resolve: { alias: { "@core": path.join(here, "../server/core") } },
    logLevel: "warn",
    build: {
      outDir,
      emptyOutDir: true,
      target: "es2022",
      rollupOptions: {
        input: { bare: path.join(here, "bare-sigma.html"), explorer: path.join(here, "bare-sigma-explorer.html") },
      },
    },
  });
}

export function serve(dir: string, graphJson: string): Promise<{ url: string; close(): Promise<void> }> {
  const types: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    if (url.pathname.endsWith("/graph.json")) {
      res.writeHead(200, { "content-type": "application/json" }).end(graphJson);
      return;
    }
    const file = path.join(dir, path.normalize(url.pathname).replace(/^(\.\.[/\\])+/, ""));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) });
    }),
  );
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (x: number): number => Math.round(x * 10) / 10;

type Which = "bare" | "explorer";

/** Open both bench pages `trials` times, alternating their order, and collect what each reports. */
async function runPages<R extends object>(
  query: string,
  key: "__bench" | "__layoutBench",
  trials: number,
  data: GraphData,
): Promise<Record<Which, R[]>> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-render-bench-"));
  await buildPages(outDir);
  const server = await serve(outDir, JSON.stringify(data));
  const results: Record<Which, R[]> = { bare: [], explorer: [] };
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
  try {
    browser = await launchChromium();
    for (let t = 0; t < trials; t++) {
      // Alternate the order so neither page always runs on a warmer machine.
      const order: Which[] = t % 2 === 0 ? ["bare", "explorer"] : ["explorer", "bare"];
      for (const which of order) {
        const page = await browser.newPage({ viewport: { width: 960, height: 600 } });
        if (process.env.KGX_RENDER_DEBUG) page.on("console", (m) => console.error(`${which}: ${m.text()}`));
        try {
          await page.goto(`${server.url}/${which === "bare" ? "bare-sigma" : "bare-sigma-explorer"}.html?${query}`);
          await page.waitForFunction((k) => window[k] !== undefined, key, { timeout: 120_000 });
          const r = (await page.evaluate((k) => window[k], key)) as R | { error: string };
          if ("error" in r) throw new Error(`render-bench: ${which}: ${r.error}`);
          results[which].push(r);
        } finally {
          await page.close();
        }
      }
    }
  } finally {
    await browser?.close();
    await server.close();
    fs.rmSync(outDir, { recursive: true, force: true });
  }
  return results;
}

function figure<R>(results: Record<Which, R[]>, name: string, pick: (r: R) => number, unit = "ms"): BenchFigure {
  const value = round(median(results.explorer.map(pick)));
  const baseline = round(median(results.bare.map(pick)));
  return { name, value, unit, baseline, ratio: baseline ? Math.round((value / baseline) * 1000) / 1000 : 0 };
}

const NODES = Number(process.env.KGX_RENDER_NODES ?? 10_000);
const EDGES = Number(process.env.KGX_RENDER_EDGES ?? 50_000);

export async function runRenderBench(trials = Number(process.env.KGX_RENDER_TRIALS ?? 2)): Promise<BenchFigure[]> {
  const results = await runPages<PageResult>(`frames=${FRAMES}`, "__bench", trials, benchGraph(NODES, EDGES));
  return [
    figure(results, "render.first_frame_ms", (r) => r.firstFrameMs),
    figure(results, "render.pan_p95_ms", (r) => r.panP95Ms),
  ];
}

/** First frame and pan p95 of any graph (e.g. the explorer's focused start view), explorer against bare sigma. */
export async function renderFigures(data: GraphData, prefix: string, trials: number): Promise<BenchFigure[]> {
  const results = await runPages<PageResult>(`frames=${FRAMES}`, "__bench", trials, data);
  return [
    figure(results, `${prefix}.first_frame_ms`, (r) => r.firstFrameMs),
    figure(results, `${prefix}.pan_p95_ms`, (r) => r.panP95Ms),
  ];
}

/**
 * Layout: the longest main-thread task while ForceAtlas2 runs in its worker and stops (the
 * explorer then also runs noverlap), beside graphology's stock worker supervisor drawn by
 * bare sigma. Three sizes: the seed corpus's, the explorer's first view (its graph limit of
 * 500 entities) and the 10k graph. layout.max_block_ms.n<nodes> covers the layout until its
 * positions are final; layout.settle_block_ms.n<nodes> the redraw that follows (on large
 * graphs, every edge drawn again: the cost of any full redraw, like render.first_frame_ms).
 */
export async function runLayoutBench(trials = Number(process.env.KGX_RENDER_TRIALS ?? 2)): Promise<BenchFigure[]> {
  const ms = Number(process.env.KGX_LAYOUT_MS ?? 3000);
  const sizes = (process.env.KGX_LAYOUT_SIZES ?? `50:130,500:2000,${NODES}:${EDGES}`)
    .split(",")
    .map((s) => s.split(":").map(Number) as [number, number]);
  const figures: BenchFigure[] = [];
  for (const [nodes, edges] of sizes) {
    const results = await runPages<LayoutResult>(
      `mode=layout&ms=${ms}`,
      "__layoutBench",
      trials,
      laidOutAsTheExplorerDoes(benchGraph(nodes, edges)),
    );
    if (process.env.KGX_RENDER_DEBUG) console.error(JSON.stringify(results));
    figures.push(figure(results, `layout.max_block_ms.n${nodes}`, (r) => r.maxBlockMs));
    figures.push(figure(results, `layout.settle_block_ms.n${nodes}`, (r) => r.afterBlockMs));
  }
  return figures;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const f of await runRenderBench()) console.log(JSON.stringify(f));
  for (const f of await runLayoutBench()) console.log(JSON.stringify(f));
}
