// The period domain (timeline brushing): see utils.ts.
export * from "./utils.ts";
