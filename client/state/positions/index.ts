// Positions domain: node positions kept between sessions, keyed by node id.
export * from "./utils.ts";
