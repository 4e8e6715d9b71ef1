// The model's public surface: labels and types allow-list, shapes, ids.
export * from "./labels.ts";
export * from "./types.ts";
export * from "./ids.ts";
