// Entry point of the kgx browser client: lay out the page, load stats and the graph,
// and route between the explorer (with its entity panel) and the article view by hash.
import "./styles.css";
import { api } from "./api/client.ts";
import { mountConsole } from "./console/index.ts";
import { DEFAULT_SETTINGS } from "./sigma/settings.ts";
import { formatRoute, parseHash } from "./state/route/index.ts";
import type { Route } from "./state/route/index.ts";
import { installHooks, mark } from "./test-hooks.ts";
import { createArticleView } from "./views/article-view.ts";
import { el, message } from "./views/dom.ts";
import { createEntityPanel } from "./views/entity-panel.ts";
import type { Explorer } from "./views/explorer.ts";
import { mountExplorer } from "./views/explorer.ts";
import { createHeader } from "./views/header.ts";
import { createSearch } from "./views/search.ts";

const hooks = installHooks();
const settings = DEFAULT_SETTINGS;

let explorer: Explorer | null = null;
/** The node last clicked on the canvas: selecting it again must not move the camera. */
let clickedOnCanvas: string | null = null;

const navigate = (route: Route): void => {
  const hash = formatRoute(route);
  if (window.location.hash !== hash) window.location.hash = hash;
  else void applyRoute(route);
};
const header = createHeader(createSearch((id) => navigate({ view: "graph", entity: id })));
const canvas = el("div", { className: "graph-canvas", testid: "graph-canvas" });
const overlay = el("div", { className: "graph-overlay" });
const loading = message("Loading graph…");
const graphPane = el("div", { className: "graph-pane" }, [canvas, overlay, loading]);
const panel = createEntityPanel(() => navigate({ view: "graph", entity: null }));
const article = createArticleView();
const main = el("main", { className: "app-main" }, [graphPane, panel.element, article.element]);
document.body.replaceChildren(header.element, main);
mountConsole({ header: header.element });

function currentRoute(): Route {
  return parseHash(window.location.hash);
}

async function applyRoute(route: Route): Promise<void> {
  if (route.view === "article") {
    main.classList.add("reading");
    await article.show(route.id, route.span, route.from);
    return;
  }
  main.classList.remove("reading");
  article.hide();
  const shown = panel.show(route.entity);
  if (explorer) {
    explorer.setSelected(route.entity);
    if (route.entity && route.entity !== clickedOnCanvas && (await explorer.ensureNode(route.entity))) {
      explorer.focusNode(route.entity);
    }
  }
  await shown;
}

async function start(): Promise<void> {
  void api
    .stats()
    .then((stats) => header.setStats(stats))
    .catch(() => header.setStats(null));
  window.addEventListener("hashchange", () => void applyRoute(currentRoute()));
  window.addEventListener("keydown", (ev) => {
    if (ev.key !== "Escape" || (ev.target as HTMLElement | null)?.tagName === "INPUT") return;
    const route = currentRoute();
    if (route.view === "article") navigate({ view: "graph", entity: route.from });
    else if (route.entity) navigate({ view: "graph", entity: null });
  });
  const first = applyRoute(currentRoute());
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
      onNodeClick: (id) => {
        clickedOnCanvas = id;
        navigate({ view: "graph", entity: id });
      },
    });
    loading.remove();
    const route = currentRoute();
    if (route.view === "graph" && route.entity) {
      explorer.setSelected(route.entity);
      if (await explorer.ensureNode(route.entity)) explorer.focusNode(route.entity);
    }
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    hooks.error = text;
    loading.replaceWith(message(`Cannot load the graph: ${text}`, "error"));
  }
  await first;
}

void start();
