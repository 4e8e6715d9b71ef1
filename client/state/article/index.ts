// Article state domain: highlighting the evidence sentence in the article text.
export * from "./utils.ts";
export * from "./highlight.ts";
