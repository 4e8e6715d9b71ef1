// XML text helpers shared by the GEXF, GraphML, SVG and HTML writers: characters XML 1.0
// cannot hold become U+FFFD, and markup characters are escaped.
const INVALID_XML = new RegExp(
  // eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
  "[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]",
  "g",
);

export function xmlSafe(s: string): string {
  return s.replace(INVALID_XML, "\uFFFD");
}

export function esc(value: unknown): string {
  return xmlSafe(String(value ?? ""))
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
