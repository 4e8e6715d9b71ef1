// Filters state domain: which labels, relation types, articles, outlets, confidence and
// claim counts are shown; applied through sigma's reducers, never to the graph data.
export * from "./types.ts";
export * from "./utils.ts";
export * from "./describe.ts";
