// Types of the route domain: the views reachable through the URL hash.
/** `#/` graph, `#/entity/<id>` graph with a side panel, `#/article/<id>?s=<start>-<end>&from=<entity>`. */
export type Route =
  | { view: "graph"; entity: string | null }
  | { view: "article"; id: string; span: [number, number] | null; from: string | null };
