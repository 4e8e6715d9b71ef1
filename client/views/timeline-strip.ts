// The timeline strip under the graph: claims per day or week as bars stacked by type;
// dragging across it (brushing) sets the period filter, which lives in the URL like the others.
import "./news.css";
import { CLAIM_TYPES } from "@core/model/labels.ts";
import type { Timeline, TimelineBucket } from "@core/model/types.ts";
import type { api as baseApi } from "../api/client.ts";
import { newsApi, onNewsChanged } from "../api/news-api.ts";
import { bucketEnd, formatPeriod, parsePeriod, type Period } from "../state/period/index.ts";
import { el, replaceChildren } from "./dom.ts";

/** Colours per claim type on the strip (presentation only). */
export const TYPE_COLORS: Record<string, string> = {
  SAID: "#2e86ab",
  REPORTED: "#f3a712",
  DEPLOYED: "#5c6b73",
  CONDEMNED: "#e4572e",
  MEMBER_OF: "#76b041",
  PARTY_TO: "#a23b72",
};

const SVG = "http://www.w3.org/2000/svg";
const svg = <K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>) => {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
};

/** Per article: the day its claims are dated by, and the Outlet that published it. */
export interface ArticleIndex {
  dates: Map<string, string>;
  publishers: Map<string, string>;
}

let datesLoad: Promise<ArticleIndex> | null = null;
const dateListeners: Array<(d: ArticleIndex) => void> = [];

/** The article index for the period and outlet filters; reloaded (and `cb` called again) whenever news changes. */
export function loadArticleDates(_api: typeof baseApi, cb: (index: ArticleIndex) => void): void {
  dateListeners.push(cb);
  const load = () => {
    datesLoad = newsApi.articles().then((list) => ({
      dates: new Map(list.map((a) => [a.id, a.dated])),
      publishers: new Map(list.flatMap((a) => (a.publisherId ? [[a.id, a.publisherId] as [string, string]] : []))),
    }));
    void datesLoad.then((d) => dateListeners.forEach((l) => l(d))).catch(() => undefined);
  };
  if (!datesLoad) {
    onNewsChanged(load);
    load();
  } else void datesLoad.then(cb).catch(() => undefined);
}

export interface TimelineStrip {
  element: HTMLElement;
  /** Show the period of the URL (null: none). */
  setPeriod(raw: string | null): void;
}

export function createTimelineStrip(onPeriod: (raw: string | null) => void): TimelineStrip {
  let bucket: "day" | "week" = "day";
  let data: Timeline | null = null;
  let period: Period | null = null;
  const chart = el("div", { className: "timeline-chart", testid: "timeline-chart" });
  const label = el("span", { className: "timeline-period", testid: "timeline-period" });
  const clear = el("button", {
    className: "timeline-clear",
    text: "All dates",
    attrs: { type: "button" },
    onClick: () => onPeriod(null),
  });
  const toggle = el("button", {
    className: "timeline-bucket",
    testid: "timeline-bucket",
    attrs: { type: "button" },
    onClick: () => {
      bucket = bucket === "day" ? "week" : "day";
      void reload();
    },
  });
  const element = el(
    "section",
    { className: "timeline-strip", testid: "timeline", attrs: { "aria-label": "Timeline" } },
    [
      el("div", { className: "timeline-head" }, [el("strong", { text: "Claims over time" }), toggle, label, clear]),
      chart,
    ],
  );

  async function reload(): Promise<void> {
    try {
      data = await newsApi.timeline(bucket);
    } catch {
      data = null;
    }
    render();
  }

  function render(): void {
    toggle.textContent = bucket === "day" ? "per day" : "per week";
    label.textContent = period ? `${period.since} → ${period.until}` : "";
    clear.hidden = !period;
    const buckets = data?.buckets ?? [];
    if (buckets.length === 0) {
      replaceChildren(chart, el("p", { className: "muted", text: "No dated claims yet." }));
      return;
    }
    replaceChildren(chart, drawBars(buckets));
  }

  function drawBars(buckets: TimelineBucket[]): SVGSVGElement {
    const width = Math.max(chart.clientWidth || 480, 200);
    const height = 44;
    const max = Math.max(...buckets.map((b) => b.total), 1);
    const step = width / buckets.length;
    const bar = Math.max(2, Math.min(28, step - 2));
    const root = svg("svg", { width, height: height + 14, role: "img", "aria-label": "claims per period" });
    buckets.forEach((b, i) => {
      const x = i * step + (step - bar) / 2;
      const inside = !period || (bucketEnd(b.start, bucket) >= period.since && b.start <= period.until);
      const g = svg("g", { "data-start": b.start, opacity: inside ? 1 : 0.25 });
      let y = height;
      for (const type of CLAIM_TYPES) {
        const n = b.byType[type] ?? 0;
        if (n === 0) continue;
        const h = (n / max) * (height - 4);
        y -= h;
        g.append(svg("rect", { x, y, width: bar, height: h, fill: TYPE_COLORS[type] ?? "#888" }));
      }
      if (b.undated > 0) g.append(svg("rect", { x, y: height + 1, width: bar, height: 2, fill: "#999" }));
      const title = svg("title", {});
      const undated = b.undated > 0 ? `, ${b.undated} dated by ingest time (no published date)` : "";
      title.textContent = `${b.start}: ${b.total} claims in ${b.articles} articles${undated}`;
      g.append(title);
      root.append(g);
    });
    const first = buckets[0]!.start;
    const last = buckets[buckets.length - 1]!.start;
    const axis = svg("text", { x: 0, y: height + 13, "font-size": 10, fill: "#666" });
    axis.textContent = first;
    const axisEnd = svg("text", { x: width, y: height + 13, "font-size": 10, fill: "#666", "text-anchor": "end" });
    axisEnd.textContent = last;
    root.append(axis, axisEnd);
    brush(root, buckets, step);
    return root;
  }

  /** Drag across bars to choose a period; a click on one bar chooses that bar's days. */
  function brush(root: SVGSVGElement, buckets: TimelineBucket[], step: number): void {
    const at = (ev: PointerEvent) => {
      const box = root.getBoundingClientRect();
      return Math.min(buckets.length - 1, Math.max(0, Math.floor((ev.clientX - box.left) / step)));
    };
    let from: number | null = null;
    const band = svg("rect", { y: 0, height: 44, fill: "rgba(46,134,171,0.15)", width: 0, x: 0 });
    root.prepend(band);
    root.addEventListener("pointerdown", (ev) => {
      from = at(ev);
      root.setPointerCapture(ev.pointerId);
    });
    root.addEventListener("pointermove", (ev) => {
      if (from === null) return;
      const to = at(ev);
      band.setAttribute("x", String(Math.min(from, to) * step));
      band.setAttribute("width", String((Math.abs(to - from) + 1) * step));
    });
    root.addEventListener("pointerup", (ev) => {
      if (from === null) return;
      const to = at(ev);
      const [a, b] = [Math.min(from, to), Math.max(from, to)];
      from = null;
      onPeriod(formatPeriod({ since: buckets[a]!.start, until: bucketEnd(buckets[b]!.start, bucket) }));
    });
  }

  onNewsChanged(() => void reload());
  new ResizeObserver(() => render()).observe(chart);
  void reload();
  return {
    element,
    setPeriod: (raw) => {
      const next = parsePeriod(raw);
      if (JSON.stringify(next) === JSON.stringify(period)) return;
      period = next;
      render();
    },
  };
}
