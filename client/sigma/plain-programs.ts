// sigma's node and edge programs without instanced drawing. Software WebGL (SwiftShader,
// llvmpipe: VMs, remote desktops, machines without a GPU) runs each instance as its own
// draw, about 20 µs apiece, so 10k nodes cost 200 ms a frame; one plain drawArrays of the
// same vertices costs a few. Same shaders, same pixels: each item's attributes are repeated
// for each of its vertices beside the per-vertex constants the instanced version shared.
import type { NodeProgramType, EdgeProgramType } from "sigma/rendering";
import {
  createEdgeArrowHeadProgram,
  createEdgeClampedProgram,
  createEdgeCompoundProgram,
  EdgeRectangleProgram,
  getAttributesItemsCount,
  createEdgeDoubleClampedProgram,
  NodeCircleProgram,
} from "sigma/rendering";
import type { EdgeAttrs, NodeAttrs } from "../state/graph/index.ts";
import { UNDRAWN_EDGE } from "./reducers.ts";

interface Definition {
  VERTICES: number;
  ATTRIBUTES: Array<{ name: string; size: number; type: number; normalized?: boolean }>;
  CONSTANT_ATTRIBUTES?: Definition["ATTRIBUTES"];
  CONSTANT_DATA?: number[][];
}

/** What the subclass needs of sigma's Program at run time (its .d.ts hides some of it). */
interface ProgramInstance {
  array: Float32Array;
  getDefinition(): Definition;
  processVisibleItem(index: number, startIndex: number, ...data: unknown[]): void;
}
type ProgramClass = new (...args: never[]) => ProgramInstance;

/** The same program drawn with one drawArrays call instead of one instance per item. */
export function plainProgram<T>(Base: T): T {
  const Instanced = Base as unknown as ProgramClass;
  let layout: { itemFloats: number; constants: Float32Array[]; scratch: Float32Array } | null = null;
  const layoutOf = (def: Definition): NonNullable<typeof layout> => {
    if (!layout) {
      const itemFloats = getAttributesItemsCount(def.ATTRIBUTES);
      const constants = (def.CONSTANT_DATA ?? []).map((v) => Float32Array.from(v));
      layout = { itemFloats, constants, scratch: new Float32Array(itemFloats) };
    }
    return layout;
  };
  class Plain extends Instanced {
    override getDefinition(): Definition {
      const def = super.getDefinition();
      if (!def.CONSTANT_ATTRIBUTES) return def;
      layoutOf(def);
      const { CONSTANT_ATTRIBUTES, CONSTANT_DATA: _data, ...rest } = def;
      return { ...rest, ATTRIBUTES: [...def.ATTRIBUTES, ...CONSTANT_ATTRIBUTES] };
    }

    override processVisibleItem(index: number, startIndex: number, ...data: unknown[]): void {
      if (!layout) return super.processVisibleItem(index, startIndex, ...data);
      const { itemFloats, constants, scratch } = layout;
      // The instanced version writes one item's attributes into this.array: let it write
      // them into a scratch row, then lay that row out once per vertex with its constants.
      const array = this.array;
      this.array = scratch;
      try {
        super.processVisibleItem(index, 0, ...data);
      } finally {
        this.array = array;
      }
      let at = startIndex;
      for (const constant of constants) {
        array.set(scratch, at);
        array.set(constant, at + itemFloats);
        at += itemFloats + constant.length;
      }
    }
  }
  return Plain as unknown as T;
}

const node = <P>(p: P): NodeProgramType<NodeAttrs, EdgeAttrs> =>
  plainProgram(p) as NodeProgramType<NodeAttrs, EdgeAttrs>;
const edge = <P>(p: P): EdgeProgramType<NodeAttrs, EdgeAttrs> =>
  plainProgram(p) as EdgeProgramType<NodeAttrs, EdgeAttrs>;

/**
 * Edges that are not drawn at all: no buffer, no upload, no draw call. Hidden edges in any
 * other program still fill and upload their zeroed vertices on every frame.
 */
class NoEdgeProgram {
  readonly drawLabel = undefined;
  reallocate(): void {}
  process(): void {}
  render(): void {}
  kill(): void {}
}

/** Arrow heads long and wide enough to read an edge's direction (sigma's are 2.5 × 2 its width). */
export const ARROW_HEAD = { lengthToThicknessRatio: 5, widenessToThicknessRatio: 4 };

/** The explorer's programs: discs; arrows one and two ways (sigma's compounds); plain lines. */
export const PLAIN_PROGRAMS = {
  node: { circle: node(NodeCircleProgram) },
  edge: {
    arrow: createEdgeCompoundProgram([
      edge(createEdgeClampedProgram(ARROW_HEAD)),
      edge(createEdgeArrowHeadProgram(ARROW_HEAD)),
    ]) as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>,
    doubleArrow: createEdgeCompoundProgram([
      edge(createEdgeDoubleClampedProgram(ARROW_HEAD)),
      edge(createEdgeArrowHeadProgram(ARROW_HEAD)),
      edge(createEdgeArrowHeadProgram({ ...ARROW_HEAD, extremity: "source" })),
    ]) as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>,
    line: edge(EdgeRectangleProgram),
    [UNDRAWN_EDGE]: NoEdgeProgram as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>,
  },
};
