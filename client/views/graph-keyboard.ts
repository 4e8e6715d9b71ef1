// The graph from the keyboard: the canvas takes the focus with Tab; the arrow keys move a
// cursor to the neighbour lying in that direction, Enter opens its panel; a live region says where.
import type { KgxGraph } from "../sigma/build-graph.ts";
import type { KgxSigma } from "../sigma/renderer.ts";
import { el } from "./dom.ts";

export interface GraphKeyboard {
  /** The node the keyboard cursor is on, if any. */
  cursor(): string | null;
}

const DIRECTIONS: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** The neighbour of `from` best aligned with direction (dx, dy) on screen, or null. */
function neighbourToward(
  graph: KgxGraph,
  sigma: KgxSigma,
  from: string,
  [dx, dy]: [number, number],
  visible: (id: string) => boolean,
): string | null {
  const p = sigma.graphToViewport(graph.getNodeAttributes(from));
  let best: string | null = null;
  let bestScore = -Infinity;
  for (const n of graph.neighbors(from)) {
    if (!visible(n)) continue;
    const q = sigma.graphToViewport(graph.getNodeAttributes(n));
    const vx = q.x - p.x;
    const vy = q.y - p.y;
    const d = Math.hypot(vx, vy) || 1e-9;
    const cos = (vx * dx + vy * dy) / d;
    if (cos < 0.2) continue; // not in that direction at all
    const score = cos * 2 - d / 1000;
    if (score > bestScore) {
      bestScore = score;
      best = n;
    }
  }
  return best;
}

export function installGraphKeyboard(opts: {
  container: HTMLElement;
  graph: KgxGraph;
  sigma: KgxSigma;
  visibleNodes(): string[];
  selected(): string | null;
  /** Show the cursor (the explorer draws it as hovered). */
  setCursor(id: string | null): void;
  open(id: string): void;
}): GraphKeyboard {
  const { container, graph, sigma } = opts;
  container.tabIndex = 0;
  container.setAttribute("role", "application");
  container.setAttribute(
    "aria-label",
    "Graph: arrow keys move between neighbours, Enter opens the entity, F fits the view",
  );
  const live = el("p", { className: "graph-live", testid: "graph-live", attrs: { "aria-live": "polite" } });
  container.after(live);
  let cursor: string | null = null;
  const move = (id: string | null): void => {
    cursor = id;
    opts.setCursor(id);
    if (!id) return;
    const a = graph.getNodeAttributes(id);
    live.textContent = `${a.name}, ${a.kind}, ${graph.degree(id)} links`;
  };
  const start = (): string | null => {
    const sel = opts.selected();
    if (sel && graph.hasNode(sel)) return sel;
    const shown = opts.visibleNodes();
    return shown.sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1))[0] ?? null;
  };
  container.addEventListener("keydown", (ev) => {
    const dir = DIRECTIONS[ev.key];
    if (dir) {
      ev.preventDefault();
      if (!cursor || !graph.hasNode(cursor)) return move(start());
      const shown = new Set(opts.visibleNodes());
      const next = neighbourToward(graph, sigma, cursor, dir, (n) => shown.has(n));
      if (next) move(next);
      else live.textContent = `No neighbour of ${graph.getNodeAttribute(cursor, "name")} in that direction`;
    } else if (ev.key === "Enter" && cursor && graph.hasNode(cursor)) {
      ev.preventDefault();
      opts.open(cursor);
    }
  });
  container.addEventListener("focus", () => {
    if (!cursor || !graph.hasNode(cursor)) move(start());
  });
  container.addEventListener("blur", () => opts.setCursor(null));
  return { cursor: () => cursor };
}
