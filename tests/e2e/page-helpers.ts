// Helpers for the browser end-to-end tests: wait for the explorer to be ready, pick
// clickable nodes through window.__kgx, read a screenshot's pixels in the page, and check node placement.
import type { Locator, Page } from "playwright-core";

export interface ClickableNode {
  id: string;
  name: string;
  degree: number;
  clientX: number;
  clientY: number;
}

/** Wait until window.__kgx.ready (or fail fast with the page's own error); returns its timings. */
export async function waitForReady(page: Page, timeout = 60_000): Promise<Record<string, number>> {
  await page.waitForFunction(() => window.__kgx?.ready === true || Boolean(window.__kgx?.error), null, { timeout });
  const { error, timings } = await page.evaluate(() => ({ error: window.__kgx.error, timings: window.__kgx.timings }));
  if (error) throw new Error(`e2e: the page failed to load the graph: ${error}`);
  return timings;
}

/**
 * The `n` highest-degree nodes whose centre is on screen and not covered by another
 * node's disc, so a physical click there can only hit that node.
 */
export async function topNodes(page: Page, n: number): Promise<ClickableNode[]> {
  return page.evaluate((n) => {
    const { graph, sigma } = window.__kgx;
    if (!graph || !sigma) return [];
    const { width, height } = sigma.getDimensions();
    const discs = graph.mapNodes((id) => {
      const d = sigma.getNodeDisplayData(id)!;
      const p = sigma.framedGraphToViewport(d);
      return { id, x: p.x, y: p.y, r: sigma.scaleSize(d.size) };
    });
    const free = (id: string, x: number, y: number) =>
      discs.every((o) => o.id === id || Math.hypot(o.x - x, o.y - y) > o.r + 2);
    const out: ClickableNode[] = [];
    const byDegree = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1));
    for (const id of byDegree) {
      if (out.length >= n || graph.degree(id) === 0) break;
      const pos = window.__kgx.nodePosition(id);
      if (!pos || pos.x < 10 || pos.y < 10 || pos.x > width - 10 || pos.y > height - 10) continue;
      if (!free(id, pos.x, pos.y)) continue;
      out.push({
        id,
        name: graph.getNodeAttribute(id, "name"),
        degree: graph.degree(id),
        clientX: pos.clientX,
        clientY: pos.clientY,
      });
    }
    return out;
  }, n);
}

export interface PixelCounts {
  total: number;
  /** Pixels that differ from the background colour. */
  drawn: number;
  /** Per given colour, pixels within a small distance of it. */
  coloured: number[];
}

/** The first entity whose name is exactly `name`, found through the page's own API. */
export async function entityId(page: Page, name: string): Promise<string> {
  const id = await page.evaluate(async (name) => {
    const res = await fetch(`/api/entities?search=${encodeURIComponent(name)}&limit=20`);
    const body = (await res.json()) as { entities: Array<{ id: string; name: string }> };
    return body.entities.find((e) => e.name === name)?.id ?? null;
  }, name);
  if (!id) throw new Error(`e2e: no entity named ${name}`);
  return id;
}

/** Node count of the drawn graph. */
export function graphOrder(page: Page): Promise<number> {
  return page.evaluate(() => window.__kgx.graph?.order ?? 0);
}

interface PngStats {
  total: number;
  drawn: number;
  coloured: number[];
  /** Pixels that differ from the second PNG, when one is given. */
  differing: number;
}

/** Decode PNG screenshots inside the page (no PNG decoder needed in Node) and count pixels. */
function pngStats(
  page: Page,
  png: Buffer,
  other: Buffer | null,
  background: string,
  colours: string[],
): Promise<PngStats> {
  return page.evaluate(
    async ({ pngs, background, colours }) => {
      const decode = async (b64: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = document.createElement("canvas");
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const ctx = canvas.getContext("2d")!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      };
      const [data, second] = await Promise.all(pngs.map(decode));
      const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
      const bg = rgb(background);
      const targets = colours.map(rgb);
      const dist = (i: number, c: [number, number, number]) =>
        Math.abs(data![i]! - c[0]) + Math.abs(data![i + 1]! - c[1]) + Math.abs(data![i + 2]! - c[2]);
      let drawn = 0;
      let differing = second && second.length !== data!.length ? data!.length / 4 : 0;
      const coloured = targets.map(() => 0);
      for (let i = 0; i < data!.length; i += 4) {
        if (dist(i, bg) > 24) drawn++;
        targets.forEach((c, k) => {
          if (dist(i, c) < 30) coloured[k]!++;
        });
        if (
          second &&
          second.length === data!.length &&
          (data![i] !== second[i] || data![i + 1] !== second[i + 1] || data![i + 2] !== second[i + 2])
        )
          differing++;
      }
      return { total: data!.length / 4, drawn, coloured, differing };
    },
    { pngs: [png, ...(other ? [other] : [])].map((b) => b.toString("base64")), background, colours },
  );
}

/** Count a screenshot's drawn pixels (not the background) and those near each given colour. */
export async function canvasPixels(
  page: Page,
  png: Buffer,
  background: string,
  colours: string[],
): Promise<PixelCounts> {
  const { total, drawn, coloured } = await pngStats(page, png, null, background, colours);
  return { total, drawn, coloured };
}

/** How many pixels differ between two PNG screenshots of the same size. */
export async function pixelDiff(page: Page, a: Buffer, b: Buffer): Promise<{ total: number; differing: number }> {
  const { total, differing } = await pngStats(page, a, b, "#ffffff", []);
  return { total, differing };
}

export interface MixedEdge {
  id: string;
  /** Claim types of the whole edge, in the panel's (model's) order. */
  types: string[];
  /** Claims of the whole edge, and those of the given type. */
  total: number;
  matching: number;
}

/** A drawn edge whose claims are of `type` and of at least one other type (all its parts, filters aside). */
export async function edgeWithOtherTypes(page: Page, type: string): Promise<MixedEdge> {
  const found = await page.evaluate((type) => {
    const order = ["SAID", "REPORTED", "DEPLOYED", "CONDEMNED", "MEMBER_OF", "PARTY_TO"];
    const { graph } = window.__kgx;
    for (const { id } of window.__kgx.visibleEdgeTypes()) {
      const parts = graph!.getEdgeAttribute(id, "parts");
      const types = [...new Set(parts.map((p) => p.type as string))].sort(
        (a, b) => order.indexOf(a) - order.indexOf(b),
      );
      if (!types.includes(type) || types.length < 2) continue;
      const count = (ps: typeof parts) => ps.reduce((n, p) => n + p.count, 0);
      return { id, types, total: count(parts), matching: count(parts.filter((p) => p.type === type)) };
    }
    return null;
  }, type);
  if (!found) throw new Error(`e2e: no drawn edge with ${type} claims and others`);
  return found;
}

/** The claim types of the sections an evidence panel lists, in order. */
export async function claimTypesIn(panel: Locator): Promise<string[]> {
  return panel.locator("section.claim-group").evaluateAll((els) => els.map((e) => e.getAttribute("data-type") ?? ""));
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Nodes whose disc centre is inside `r` or outside the canvas, in page coordinates. */
export function misplaced(page: Page, r: Rect): Promise<string[]> {
  return page.evaluate((r) => {
    const { graph } = window.__kgx;
    const box = document.querySelector("[data-testid=graph-canvas]")!.getBoundingClientRect();
    const hidden = (id: string) => window.__kgx.sigma!.getNodeDisplayData(id)?.hidden;
    return graph!.filterNodes((id) => {
      if (hidden(id)) return false;
      const p = window.__kgx.nodePosition(id)!;
      const inside = p.clientX >= r.left && p.clientX <= r.right && p.clientY >= r.top && p.clientY <= r.bottom;
      const off = p.clientX < box.left || p.clientX > box.right || p.clientY < box.top || p.clientY > box.bottom;
      return inside || off;
    });
  }, r);
}

export async function toolbarRect(page: Page): Promise<Rect> {
  const b = (await page.getByTestId("toolbar").boundingBox())!;
  return { left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height };
}

/** Wait for the camera to stop moving (fit animations last 300 ms). */
export async function cameraSettled(page: Page): Promise<void> {
  let last = "";
  for (let i = 0; i < 100; i++) {
    await page.waitForTimeout(150);
    const now = await page.evaluate(() => JSON.stringify(window.__kgx.sigma!.getCamera().getState()));
    if (now === last) return;
    last = now;
  }
  throw new Error("e2e: the camera never settled");
}
