// Table test of article metadata parsing: real-shaped HTML pages (OpenGraph, JSON-LD,
// citation_*, <time> and byline, none), Markdown front matter, `.source` sidecars, and titles.
import { describe, expect, it } from "vitest";
import { articleTitle } from "../../../server/core/article-title.ts";
import type { ArticleMetadata } from "../../../server/core/model/types.ts";
import { parseSidecar, splitFrontMatter } from "../../../server/formats/front-matter.ts";
import { toArticleInput } from "../../../server/formats/index.ts";
import { isoDate } from "../../../server/formats/meta-values.ts";

const BODY = `<article><h1>Seoul says troops moved north</h1>
<p>South Korea's intelligence service said on Tuesday that North Korea deployed more troops to the Kursk region.
The report could not be independently confirmed, officials in Seoul told reporters during a briefing.</p>
<p>The United States condemned the deployment and said it would consult its allies on a response to it.</p></article>`;

const page = (head: string, body = BODY) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Seoul says troops moved north | Example</title>${head}</head>` +
  `<body><header><nav><a href="/">Home</a></nav></header><main>${body}</main><footer>© Example</footer></body></html>`;

const OPEN_GRAPH = page(`
  <meta property="og:site_name" content="The Korea Herald">
  <meta property="og:type" content="article">
  <meta property="og:title" content="Seoul says troops moved north">
  <meta property="og:url" content="https://www.koreaherald.example/view.php?ud=20241105000123">
  <meta property="article:published_time" content="2024-11-05T09:12:00+09:00">
  <meta name="author" content="Kim Ji-won">`);

const JSON_LD = page(`
  <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
    {"@type":"WebSite","name":"Site"},
    {"@type":"NewsArticle","headline":"Seoul says troops moved north","datePublished":"2024-11-06",
     "url":"https://news.example/2024/11/06/troops","author":[{"@type":"Person","name":"Lee Min"}],
     "publisher":{"@type":"Organization","name":"Yonhap"}}]}</script>
  <script type="application/ld+json">{ broken json</script>`);

const CITATION = page(`
  <meta name="citation_title" content="Seoul says troops moved north">
  <meta name="citation_journal_title" content="Journal of Korean Affairs">
  <meta name="citation_publication_date" content="2024/03/01">
  <meta name="citation_author" content="Park, S.">`);

const TIME_BYLINE = page(
  "",
  BODY.replace("<h1>", '<p class="byline">By Jane Doe</p><time datetime="2024-10-30">30 October</time><h1>'),
);

const NONE = page("");

type Expected = ArticleMetadata & { title?: string };
const HTML: Array<[string, string, Expected]> = [
  [
    "OpenGraph",
    OPEN_GRAPH,
    {
      publisher: "The Korea Herald",
      published: "2024-11-05T00:12:00Z",
      url: "https://www.koreaherald.example/view.php?ud=20241105000123",
      author: "Kim Ji-won",
      title: "Seoul says troops moved north",
    },
  ],
  [
    "JSON-LD NewsArticle",
    JSON_LD,
    { publisher: "Yonhap", published: "2024-11-06", url: "https://news.example/2024/11/06/troops", author: "Lee Min" },
  ],
  ["citation_*", CITATION, { publisher: "Journal of Korean Affairs", published: "2024-03-01", author: "Park, S." }],
  ["<time> and byline", TIME_BYLINE, { published: "2024-10-30", author: "Jane Doe" }],
  ["no metadata", NONE, {}],
];

const KEYS = ["url", "publisher", "published", "author"] as const;
const pick = (o: ArticleMetadata) => Object.fromEntries(KEYS.filter((k) => o[k] != null).map((k) => [k, o[k]]));

describe("HTML page metadata", () => {
  it.each(HTML)("html metadata: %s", (_name, html, expected) => {
    const input = toArticleInput("page.html", html);
    const { title, ...fields } = expected;
    expect(pick(input)).toEqual(fields);
    if (title) expect(input.title).toBe(title);
    expect(input.text).toMatch(/North Korea deployed more troops/);
    expect(input.text).not.toMatch(/©/);
  });
});

describe("Markdown front matter", () => {
  it.each([
    [
      "full",
      '---\ntitle: Troops move north\npublisher: Yonhap\ndate: 2024-11-05\nauthor: "Lee Min"\nurl: https://yna.example/a\n---\n# Heading\n\nText.',
      {
        title: "Troops move north",
        publisher: "Yonhap",
        published: "2024-11-05",
        author: "Lee Min",
        url: "https://yna.example/a",
      },
      "# Heading\n\nText.",
    ],
    ["bad date is dropped", "---\ndate: someday\noutlet: Reuters\n---\nBody", { publisher: "Reuters" }, "Body"],
    ["no front matter", "# Title\n\n---\n\nBody", {}, "# Title\n\n---\n\nBody"],
  ] as const)("front matter: %s", (_name, md, meta, body) => {
    const split = splitFrontMatter(md);
    expect(split.meta).toEqual(meta);
    expect(split.body).toBe(body);
  });

  it("front matter: a Markdown file keeps its metadata and loses the block from its text", () => {
    const input = toArticleInput(
      "a.md",
      "---\npublisher: Yonhap\npublished: 2024-11-05\n---\n# Troops\n\nSeoul said so.",
    );
    expect(input).toMatchObject({ publisher: "Yonhap", published: "2024-11-05", title: "Troops" });
    expect(input.text).toBe("Troops\n\nSeoul said so.");
  });
});

describe(".source sidecars", () => {
  it.each([
    [
      "URL only (gold-news)",
      "https://www.rudaw.net/english/middleeast/iran/13062025-amp\n\n",
      { url: "https://www.rudaw.net/english/middleeast/iran/13062025-amp" },
    ],
    [
      "URL and key: value lines",
      "https://mznews.co.mz/en/?p=16548\npublisher: MZNews\ndate: 2023-09-24\nauthor: Staff",
      { url: "https://mznews.co.mz/en/?p=16548", publisher: "MZNews", published: "2023-09-24", author: "Staff" },
    ],
    ["key: value lines only", "Publisher: AP\nPublished: 5 Nov 2024", { publisher: "AP", published: "2024-11-05" }],
    ["not a URL", "ftp://example/x\n", {}],
    ["empty", "", {}],
  ] as const)("sidecar: %s", (_name, text, expected) => {
    expect(parseSidecar(text)).toEqual(expected);
  });
});

describe("dates", () => {
  it.each([
    ["2024-11-05", "2024-11-05"],
    ["20241105", "2024-11-05"],
    ["2024-02-30", undefined],
    ["2024-11-05T23:30:00-02:00", "2024-11-06T01:30:00Z"],
    ["Nov 5, 2024", "2024-11-05"],
    ["yesterday", undefined],
    ["", undefined],
  ] as const)("isoDate(%j) is %j", (raw, expected) => {
    expect(isoDate(raw)).toBe(expected);
  });
});

describe("titles", () => {
  const LONG =
    "Amidst the backdrop of ongoing conflict in Eastern Europe, recent developments have unveiled a complex web of military alliances and strategic partnerships that stretch far.";
  it.each([
    [
      "a short first line",
      "We Will Back Russia Until Victory in Ukraine: North Korea\n\nBody.",
      undefined,
      "We Will Back Russia Until Victory in Ukraine: North Korea",
    ],
    [
      "a long first line becomes a trimmed lead",
      `${LONG}\nMore.`,
      undefined,
      "Amidst the backdrop of ongoing conflict in Eastern Europe, recent developments have…",
    ],
    ["two sentences in one line", "The army moved. The city fell.\nMore.", undefined, "The army moved"],
    ["boilerplate lines skipped", "![]() |\n|\nKim praises troops\nBody", undefined, "Kim praises troops"],
    ["a given short title wins", "Body text.", "Given Title", "Given Title"],
    [
      "a given long title is trimmed",
      "Body.",
      LONG,
      "Amidst the backdrop of ongoing conflict in Eastern Europe, recent developments have…",
    ],
  ] as const)("title: %s", (_name, text, given, expected) => {
    const t = articleTitle(text, given);
    expect(t).toBe(expected);
    expect(t.length).toBeLessThanOrEqual(140);
  });
});
