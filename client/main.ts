// Entry point of the kgx browser client: lay out the page, load stats and the graph,
// and route between the explorer (with its entity panel) and the article view by hash.
import "./styles.css";
import { api } from "./api/client.ts";
import { DEFAULT_SETTINGS } from "./sigma/settings.ts";
import { formatRoute, parseHash } from "./state/route/index.ts";
import type { Route } from "./state/route/index.ts";
import { installHooks, mark } from "./test-hooks.ts";
import { createArticleView } from "./views/article-view.ts";
import { el, message } from "./views/dom.ts";
import { createEntityPanel } from "./views/entity-panel.ts";
import type { Explorer } from "./views/explorer.ts";
import { mountExplorer } from "./views/explorer.ts";
import { renderHeader } from "./views/header.ts";

const hooks = installHooks();
const settings = DEFAULT_SETTINGS;

const header = el("header", { className: "app-header" });
const canvas = el("div", { className: "graph-canvas", testid: "graph-canvas" });
const overlay = el("div", { className: "graph-overlay" });
const loading = message("Loading graph…");
const graphPane = el("div", { className: "graph-pane" }, [canvas, overlay, loading]);
const navigate = (route: Route): void => {
  const hash = formatRoute(route);
  if (window.location.hash !== hash) window.location.hash = hash;
  else void applyRoute(route);
};
const panel = createEntityPanel(() => navigate({ view: "graph", entity: null }));
const article = createArticleView();
const main = el("main", { className: "app-main" }, [graphPane, panel.element, article.element]);
document.body.replaceChildren(header, main);

let explorer: Explorer | null = null;

async function applyRoute(route: Route): Promise<void> {
  if (route.view === "article") {
    main.classList.add("reading");
    await article.show(route.id, route.span, route.from);
    return;
  }
  main.classList.remove("reading");
  article.hide();
  explorer?.setSelected(route.entity);
  await panel.show(route.entity);
}

async function start(): Promise<void> {
  renderHeader(header, null);
  void api
    .stats()
    .then((stats) => renderHeader(header, stats))
    .catch(() => renderHeader(header, null));
  window.addEventListener("hashchange", () => void applyRoute(parseHash(window.location.hash)));
  const first = applyRoute(parseHash(window.location.hash));
  try {
    const data = await api.graph(settings.graphLimit);
    mark(hooks, "graphFetched");
    if (data.nodes.length === 0) {
      loading.textContent = "The graph is empty: ingest some articles first (kgx ingest <files>).";
      hooks.ready = true;
      return;
    }
    explorer = await mountExplorer({
      container: canvas,
      overlay,
      data,
      settings,
      hooks,
      onNodeClick: (id) => navigate({ view: "graph", entity: id }),
    });
    loading.remove();
    explorer.setSelected(selectedOf());
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    hooks.error = text;
    loading.replaceWith(message(`Cannot load the graph: ${text}`, "error"));
  }
  await first;
}

function selectedOf(): string | null {
  const r = parseHash(window.location.hash);
  return r.view === "graph" ? r.entity : null;
}

void start();
