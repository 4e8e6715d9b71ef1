// Graph state domain: merging API edges per entity pair, labels and size scales.
export * from "./types.ts";
export * from "./utils.ts";
