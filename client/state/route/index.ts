// Route state domain: the hash-route codec.
export * from "./types.ts";
export * from "./utils.ts";
