// Types of the route domain: the views reachable through the URL hash, and the part of
// the graph view (filters, camera) that a link keeps when it leads to another view.
import type { FilterState } from "../filters/types.ts";
import type { CameraView } from "../view-state/types.ts";

/**
 * The graph view a link carries over: the filters, and the camera where it makes sense
 * (null where the target view moves the camera anyway, e.g. selecting another entity).
 * A route without `keep` means the default view: no filter, camera unchanged.
 */
export interface KeptView {
  filters: FilterState;
  camera: CameraView | null;
}

/**
 * `#/` graph, `#/entity/<id>` graph with a side panel, `#/article/<id>?s=<start>-<end>&from=<entity>`;
 * each may add the kept view's query (`t=CONDEMNED&v=x,y,ratio`, see view-state/query.ts).
 */
export type Route =
  | { view: "graph"; entity: string | null; keep?: KeptView }
  | { view: "article"; id: string; span: [number, number] | null; from: string | null; keep?: KeptView };
