// Typed fetch client for the corrections API: every change is a POST that answers the
// stored correction; errors come back as ApiError with the server's type (LabelConflict…).
import type { CorrectionRecord, DuplicateSuggestion, ReviewItem, StoredCorrection } from "@core/model/corrections.ts";
import type { EntityLabel } from "@core/model/labels.ts";
import { request } from "../api/client.ts";

const call = <T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> =>
  request<T>(path, { method, ...(body === undefined ? {} : { body }) });

type Out = Promise<{ correction: CorrectionRecord }>;
const enc = encodeURIComponent;
const post = (path: string, body: unknown): Out => call("POST", path, body);

export const correctionsApi = {
  merge: (keep: string, others: string[], label?: EntityLabel): Out =>
    post("/api/corrections/merge", { keep, others, ...(label ? { label } : {}) }),
  split: (id: string, alias: string): Out => post("/api/corrections/split", { id, alias }),
  relabel: (id: string, label: EntityLabel): Out => post("/api/corrections/relabel", { id, label }),
  rename: (id: string, name: string): Out => post("/api/corrections/rename", { id, name }),
  remove: (id: string): Out => post("/api/corrections/delete", { id }),
  dismiss: (a: string, b: string): Out => post("/api/corrections/dismiss", { a, b }),
  verdict: (claim: string, verdict: "confirm" | "reject", note?: string): Out =>
    post(`/api/corrections/claims/${enc(claim)}/${verdict}`, note ? { note } : {}),
  addClaim: (body: { article: string; start: number; end: number; type: string; source: string; target: string }) =>
    post("/api/corrections/claims", body),
  undo: (id: string): Out => post(`/api/corrections/${enc(id)}/undo`, {}),
  list: () => call<{ corrections: StoredCorrection[] }>("GET", "/api/corrections"),
  duplicates: () => call<{ suggestions: DuplicateSuggestion[] }>("GET", "/api/duplicates?limit=100"),
  review: () => call<{ queue: ReviewItem[]; rejected: StoredCorrection[] }>("GET", "/api/review?limit=300"),
};

export function describe(rec: CorrectionRecord): string {
  const c = rec.change;
  switch (c.kind) {
    case "merge":
      return `merged ${c.others.length} into ${c.keep}`;
    case "split":
      return `split "${c.alias}" off ${c.id}`;
    case "relabel":
      return `relabelled ${c.id} as ${c.label}`;
    case "rename":
      return `renamed ${c.id} to "${c.name}"`;
    case "delete":
      return `deleted ${c.id}`;
    case "confirm":
      return `confirmed claim ${c.claim}`;
    case "reject":
      return `rejected claim ${c.claim}`;
    case "add-claim":
      return `added ${c.claim.type} claim ${c.claim.id}`;
    case "dismiss":
      return `dismissed duplicate ${c.a} / ${c.b}`;
  }
}
