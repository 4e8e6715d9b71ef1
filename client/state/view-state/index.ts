// View-state domain: the shareable graph view (selection, filters, camera) in the URL hash.
export * from "./query.ts";
export * from "./types.ts";
export * from "./utils.ts";
export * from "./working-set.ts";
