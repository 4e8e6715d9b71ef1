// Export use case: turns a selection (everything, an entity's N-hop neighbourhood, a set
// of ids, or a read-only Cypher query) into an ExportBundle, and renders it in a format.
import { buildBundle, type ExportBundle } from "../core/graph/export-bundle.ts";
import { InvalidInput, NotFound } from "../core/errors.ts";
import { normaliseName } from "../core/model/ids.ts";
import type { ExportRequestBody, ExportSelection } from "../core/model/export.ts";
import type { ArticleMeta } from "../core/model/types.ts";
import type { GraphStore, QueryOptions } from "../core/ports.ts";
import type { ExportFormat, ExportFormats } from "../core/service-ports.ts";
import { inPeriod, type Period } from "../core/graph/timeline.ts";

// The selection and the request body are shared with the client (core/model/export.ts).
export type { ExportSelection } from "../core/model/export.ts";
export type ExportRequest = ExportRequestBody;

export interface ExportFile {
  filename: string;
  contentType: string;
  body: string;
}

const MAX_EXPORT_NODES = 20_000;
/** Articles looked up for the reports' dates and links; claims of others show no date. */
const MAX_REPORT_ARTICLES = 2000;

export type BundleInput = Parameters<typeof buildBundle>[0];
/** Builds the bundle and writes the format elsewhere (the server's export worker), with its own time limit. */
export type OffThreadRender = (format: string, input: BundleInput) => Promise<{ body: string; generatedAt: string }>;

export class ExportService {
  constructor(
    private readonly store: GraphStore,
    private readonly formats: ExportFormats,
    private readonly queryLimits: QueryOptions,
    private readonly offThread?: OffThreadRender,
  ) {}

  async bundle(req: Omit<ExportRequest, "format">): Promise<ExportBundle> {
    return buildBundle(await this.bundleInput(req));
  }

  private async bundleInput(req: Omit<ExportRequest, "format">): Promise<BundleInput> {
    const { ids, origin } = await this.select(req.selection);
    let entities = await this.store.entitiesByIds(ids.slice(0, MAX_EXPORT_NODES));
    let claims = await this.store.claimsAmong(entities.map((e) => e.id));
    const period: Period = { since: req.since, until: req.until };
    if (period.since || period.until) {
      const dated = new Map((await this.store.listArticles()).map((a) => [a.id, a.dated]));
      claims = claims.filter((c) => inPeriod(dated.get(c.article) ?? "", period));
      const touched = new Set(claims.flatMap((c) => [c.source, c.target]));
      entities = entities.filter((e) => touched.has(e.id));
    }
    const span = period.since || period.until ? `, claims dated ${period.since ?? "…"} to ${period.until ?? "…"}` : "";
    // The reports date each claim by its article and link to it: one look-up per article.
    const articles: Record<string, ArticleMeta> = {};
    for (const id of [...new Set(claims.map((c) => c.article))].slice(0, MAX_REPORT_ARTICLES)) {
      const a = await this.store.getArticle(id).catch(() => null);
      if (a) articles[id] = a.article;
    }
    return {
      title: req.title ?? "kgx evidence report",
      origin: origin + span,
      entities,
      claims,
      positions: req.positions,
      articles,
    };
  }

  /** The formats this service renders, for menus (the writer left out). */
  formatList(): Omit<ExportFormat, "write">[] {
    return this.formats.list().map(({ write: _w, ...f }) => f);
  }

  async render(req: ExportRequest): Promise<ExportFile> {
    const format = this.formats.get(req.format);
    if (!format) throw new InvalidInput(`export: unknown format ${JSON.stringify(req.format)}`);
    const input = await this.bundleInput(req);
    const out = this.offThread
      ? await this.offThread(req.format, input)
      : (() => {
          const bundle = buildBundle(input);
          return { body: format.write(bundle), generatedAt: bundle.generatedAt };
        })();
    const stamp = out.generatedAt.slice(0, 19).replace(/[-:T]/g, "");
    return { filename: `kgx-${stamp}.${format.extension}`, contentType: format.contentType, body: out.body };
  }

  private async select(sel: ExportSelection): Promise<{ ids: string[]; origin: string }> {
    if (sel.query) {
      const r = await this.store.runUserQuery(sel.query, sel.params ?? {}, this.queryLimits);
      return { ids: r.graph.nodes.map((n) => n.id), origin: `Cypher query: ${sel.query}` };
    }
    if (sel.entity) {
      const hops = Math.min(4, Math.max(1, Math.trunc(sel.hops ?? 1)));
      const id = await this.resolveEntity(sel.entity);
      const hood = await this.store.neighbourhood(id, hops, MAX_EXPORT_NODES);
      return { ids: hood.nodes.map((n) => n.id), origin: `Entity ${sel.entity}, ${hops} hop${hops > 1 ? "s" : ""}` };
    }
    if (sel.ids) return { ids: sel.ids, origin: `Selection of ${sel.ids.length} entities` };
    if (sel.all) {
      const all = await this.store.overview(MAX_EXPORT_NODES);
      return { ids: all.nodes.map((n) => n.id), origin: "All entities" };
    }
    throw new InvalidInput("export: say what to export: all, ids, entity or query");
  }

  /** An entity by id, or by name: an exact (normalised) name or alias first, then the best search hit. */
  private async resolveEntity(nameOrId: string): Promise<string> {
    if ((await this.store.entitiesByIds([nameOrId])).length > 0) return nameOrId;
    const hits = await this.store.searchEntities(nameOrId, 20);
    const want = normaliseName(nameOrId);
    const exact = hits.find((h) => [h.name, ...h.aliases].some((a) => normaliseName(a) === want));
    const hit = exact ?? hits[0];
    if (!hit) throw new NotFound(`export: no entity named ${JSON.stringify(nameOrId)}`);
    return hit.id;
  }
}
