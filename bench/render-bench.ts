// Render benchmark: the 10k-entity / 50k-claim synthetic graph in headless Chromium, drawn
// by the explorer's renderer setup and by bare sigma in the same run (first frame, pan p95).
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { edgesFromClaims } from "../server/core/graph/export-bundle.ts";
import { synthGraph, prng } from "../server/core/graph/synth.ts";
import type { GraphData } from "../server/core/model/types.ts";
import { launchChromium } from "../tests/support/browser.ts";
import type { BenchFigure } from "./extract-bench.ts";

interface PageResult {
  firstFrameMs: number;
  panP95Ms: number;
  nodes: number;
  edges: number;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const FRAMES = Number(process.env.KGX_RENDER_FRAMES ?? 8);

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

async function buildPages(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: here,
    base: "./",
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

function serve(dir: string, graphJson: string): Promise<{ url: string; close(): Promise<void> }> {
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

export async function runRenderBench(trials = Number(process.env.KGX_RENDER_TRIALS ?? 2)): Promise<BenchFigure[]> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-render-bench-"));
  const data = benchGraph(
    Number(process.env.KGX_RENDER_NODES ?? 10_000),
    Number(process.env.KGX_RENDER_EDGES ?? 50_000),
  );
  await buildPages(outDir);
  const server = await serve(outDir, JSON.stringify(data));
  const browser = await launchChromium();
  const results: Record<"bare" | "explorer", PageResult[]> = { bare: [], explorer: [] };
  try {
    for (let t = 0; t < trials; t++) {
      // Alternate the order so neither page always runs on a warmer machine.
      const order: Array<"bare" | "explorer"> = t % 2 === 0 ? ["bare", "explorer"] : ["explorer", "bare"];
      for (const which of order) {
        const page = await browser.newPage({ viewport: { width: 960, height: 600 } });
        if (process.env.KGX_RENDER_DEBUG) page.on("console", (m) => console.error(`${which}: ${m.text()}`));
        try {
          await page.goto(
            `${server.url}/${which === "bare" ? "bare-sigma" : "bare-sigma-explorer"}.html?frames=${FRAMES}`,
          );
          await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: 120_000 });
          const r = (await page.evaluate(() => window.__bench)) as PageResult | { error: string };
          if ("error" in r) throw new Error(`render-bench: ${which}: ${r.error}`);
          results[which].push(r);
        } finally {
          await page.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(outDir, { recursive: true, force: true });
  }
  const fig = (name: string, key: "firstFrameMs" | "panP95Ms"): BenchFigure => {
    const value = round(median(results.explorer.map((r) => r[key])));
    const baseline = round(median(results.bare.map((r) => r[key])));
    return { name, value, unit: "ms", baseline, ratio: Math.round((value / baseline) * 1000) / 1000 };
  };
  return [fig("render.first_frame_ms", "firstFrameMs"), fig("render.pan_p95_ms", "panP95Ms")];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const f of await runRenderBench()) console.log(JSON.stringify(f));
}
