// Entry point of the kgx browser client: lay out the page (header with search, graph pane,
// entity and evidence panels, article view) and start the graph application.
import "./styles.css";
import "./views/legend.css";
import "./views/entity-panel.css";
import "./views/article-view.css";
import "./views/search.css";
import "./views/toolbar.css";
import "./views/evidence.css";
import "./overlays.css";
import { api } from "./api/client.ts";
import { mountConsole } from "./console/index.ts";
import { installAddClaim } from "./corrections/add-claim.ts";
import { mountCorrections } from "./corrections/corrections-view.ts";
import { showPendingNotice } from "./corrections/notice.ts";
import { DEFAULT_SETTINGS } from "./sigma/settings.ts";
import { installHooks } from "./test-hooks.ts";
import { startApp } from "./views/app.ts";
import { createArticleView } from "./views/article-view.ts";
import { el, message } from "./views/dom.ts";
import { createEdgePanel } from "./views/edge-panel.ts";
import { createEntityPanel } from "./views/entity-panel.ts";
import { createHeader } from "./views/header.ts";
import { mountNews } from "./views/news-entry.ts";
import { createSearch } from "./views/search.ts";

const hooks = installHooks();
const settings = {
  ...DEFAULT_SETTINGS,
  instancedPrograms: new URLSearchParams(location.search).get("gl") === "instanced",
};

const stats = api.stats().catch(() => null);
let select: (id: string | null) => void = () => {};
const search = createSearch((id) => select(id));
const header = createHeader(search);
void stats.then((s) => header.setStats(s));
const canvas = el("div", { className: "graph-canvas", testid: "graph-canvas" });
const overlay = el("div", { className: "graph-overlay" });
const loading = message("Loading graph…");
const graphPane = el("div", { className: "graph-pane" }, [canvas, overlay, loading]);
const panel = createEntityPanel(() => select(null));
const edgePanel = createEdgePanel({
  close: () => select(null),
  filterArticle: (id) => app.filterArticle(id),
});
const article = createArticleView();
const main = el("main", { className: "app-main" }, [graphPane, panel.element, edgePanel.element, article.element]);
document.body.replaceChildren(header.element, main);
mountConsole({ header: header.element });
mountCorrections({ header: header.element });
installAddClaim(article.element);
showPendingNotice();
mountNews({ header: header.element, setStats: (s) => header.setStats(s) });

const app = startApp(
  {
    main,
    graphPane,
    canvas,
    overlay,
    loading,
    panel,
    edgePanel,
    article,
    searchInput: () => search.querySelector("input"),
  },
  settings,
  hooks,
  stats,
);
select = app.select;
