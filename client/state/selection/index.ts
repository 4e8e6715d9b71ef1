// Selection state domain: hover and selection focus, and claim grouping for the panel.
export * from "./types.ts";
export * from "./utils.ts";
export * from "./sentence-groups.ts";
