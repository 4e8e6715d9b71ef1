// Expansion domain: rank an entity's neighbours by claim count and page through them.
export * from "./utils.ts";
