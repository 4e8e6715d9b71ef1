// The "Add news" dialog: dropped or chosen files (.txt, .md, .html), pasted text and URLs,
// each sent to the server in turn with its own progress and result (new, unchanged, failed).
import "./news.css";
import type { IngestResult } from "@core/model/types.ts";
import { announceNewsChanged, newsApi } from "../api/news-api.ts";
import { el, replaceChildren } from "./dom.ts";

const ACCEPT = [".txt", ".md", ".markdown", ".html", ".htm"];

interface Item {
  name: string;
  send(): Promise<IngestResult>;
  row: HTMLLIElement;
}

function resultText(r: IngestResult): string {
  const who = [r.article.publisher, r.article.published?.slice(0, 10)].filter(Boolean).join(", ");
  return `${r.created ? "new" : "unchanged"}: ${r.entities} entities, ${r.claims} claims${who ? ` (${who})` : ""}`;
}

export function createAddNewsDialog(): { open(): void; element: HTMLDialogElement } {
  const items: Item[] = [];
  const list = el("ul", { className: "news-items", testid: "news-items" });
  const fileInput = el("input", {
    testid: "news-files",
    attrs: { type: "file", multiple: "", accept: ACCEPT.join(",") },
  });
  const text = el("textarea", {
    testid: "news-text",
    attrs: { rows: "5", placeholder: "Paste an article: its first line is taken as the title." },
  });
  const urls = el("textarea", {
    testid: "news-urls",
    attrs: { rows: "2", placeholder: "One or more URLs (http or https), one a line" },
  });
  const drop = el("div", { className: "news-drop", testid: "news-drop" }, [
    el("p", { text: "Drop .txt, .md or .html files here, or " }),
    fileInput,
  ]);
  const summary = el("p", { className: "news-summary", testid: "news-summary" });
  const add = el("button", { className: "primary", testid: "news-add", text: "Add", attrs: { type: "submit" } });
  const close = el("button", {
    text: "Close",
    attrs: { type: "button", value: "close" },
    onClick: () => dialog.close(),
  });
  const form = el("form", { attrs: { method: "dialog" } }, [
    el("h2", { text: "Add news" }),
    drop,
    el("label", { text: "Text" }),
    text,
    el("label", { text: "URLs" }),
    urls,
    el("div", { className: "news-actions" }, [add, close]),
    summary,
    list,
  ]);
  const dialog = el("dialog", { className: "news-dialog", testid: "add-news" }, [form]);

  const queue = (name: string, send: () => Promise<IngestResult>): void => {
    const row = el("li", { className: "news-item pending", attrs: { "data-status": "pending" } }, [
      el("span", { className: "news-name", text: name }),
      el("span", { className: "news-status", text: "waiting" }),
    ]);
    list.append(row);
    items.push({ name, send, row });
  };
  const queueFiles = (files: FileList | File[]): void => {
    for (const f of Array.from(files)) {
      const ok = ACCEPT.some((ext) => f.name.toLowerCase().endsWith(ext));
      if (!ok) {
        queue(f.name, () => Promise.reject(new Error("not a .txt, .md or .html file")));
        continue;
      }
      queue(f.name, async () => newsApi.postFile(f.name, await f.text()));
    }
  };

  fileInput.addEventListener("change", () => {
    if (fileInput.files) queueFiles(fileInput.files);
    fileInput.value = "";
  });
  drop.addEventListener("dragover", (ev) => {
    ev.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (ev) => {
    ev.preventDefault();
    drop.classList.remove("over");
    if (ev.dataTransfer?.files.length) queueFiles(ev.dataTransfer.files);
  });

  let running = false;
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const pasted = text.value.trim();
    if (pasted) queue(`pasted: ${pasted.split("\n")[0]!.slice(0, 60)}`, () => newsApi.postText({ text: pasted }));
    for (const u of urls.value.split(/\s+/).filter(Boolean)) queue(u, () => newsApi.postUrl(u));
    text.value = "";
    urls.value = "";
    void run();
  });

  async function run(): Promise<void> {
    if (running) return;
    running = true;
    add.disabled = true;
    let changed = false;
    for (;;) {
      const item = items.find((i) => i.row.dataset.status === "pending");
      if (!item) break;
      setStatus(item, "working", "adding…");
      try {
        const r = await item.send();
        setStatus(item, r.created ? "new" : "unchanged", resultText(r));
        changed ||= r.created;
      } catch (err) {
        setStatus(item, "failed", `failed: ${err instanceof Error ? err.message.replace(/^api: /, "") : String(err)}`);
      }
    }
    const count = (s: string) => items.filter((i) => i.row.dataset.status === s).length;
    summary.textContent = `${count("new")} new, ${count("unchanged")} unchanged, ${count("failed")} failed`;
    running = false;
    add.disabled = false;
    if (changed) announceNewsChanged();
  }

  function setStatus(item: Item, status: string, message: string): void {
    item.row.dataset.status = status;
    item.row.className = `news-item ${status}`;
    replaceChildren(
      item.row,
      el("span", { className: "news-name", text: item.name }),
      el("span", { className: "news-status", text: message }),
    );
  }

  document.body.append(dialog);
  return {
    element: dialog,
    open: () => {
      if (!dialog.open) dialog.showModal();
    },
  };
}
