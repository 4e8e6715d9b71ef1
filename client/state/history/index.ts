// History domain: a bounded, immutable undo stack of graph changes (expansions, draws).
export * from "./utils.ts";
