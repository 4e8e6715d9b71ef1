// Types of the view-state domain: everything a shared explorer link restores.
import type { FilterState } from "../filters/types.ts";

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export interface GraphViewState {
  /** The selected entity (the side panel). */
  entity: string | null;
  /** The selected pair edge (the evidence panel). */
  edge: string | null;
  filters: FilterState;
  camera: CameraView | null;
}
