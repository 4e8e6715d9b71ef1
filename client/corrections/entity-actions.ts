// The entity panel's "Correct" section: rename, change the label, merge others into this
// entity (asking for the label when they differ), split an alias off, delete.
import { ENTITY_LABELS, type EntityLabel } from "@core/model/labels.ts";
import type { EntityDetail, Entity } from "@core/model/types.ts";
import { api, ApiError } from "../api/client.ts";
import { formatRoute } from "../state/route/index.ts";
import { el, replaceChildren } from "../views/dom.ts";
import { correctionsApi } from "./corrections-api.ts";
import { changed, errorLine } from "./notice.ts";

type Run = () => Promise<{ correction: Parameters<typeof changed>[0] }>;
type Act = (run: Run, hash?: string, text?: string) => () => Promise<unknown>;

export function entityActions(detail: EntityDetail): HTMLElement {
  const { entity } = detail;
  const status = el("div", { className: "correct-status" });
  /** Runs one correction; on success the page reloads, on failure the error is shown and returned. */
  const act: Act = (run, hash, text) => async () => {
    replaceChildren(status);
    try {
      changed((await run()).correction, hash, text);
      return null;
    } catch (err) {
      replaceChildren(status, errorLine(err));
      return err;
    }
  };
  const button = (text: string, testid: string, onClick: () => void) =>
    el("button", { text, testid, attrs: { type: "button" }, onClick });

  const name = el("input", { testid: "rename-input", attrs: { value: entity.name, "aria-label": "New name" } });
  const label = labelSelect(entity.label, "relabel-select");
  const aliases = entity.aliases.filter((a) => a !== entity.name);
  const alias = el(
    "select",
    { testid: "split-select", attrs: { "aria-label": "Alias to split off" } },
    aliases.map((a) => el("option", { text: a, attrs: { value: a } })),
  );
  const del = button("Delete entity…", "delete-entity", () => {
    if (del.dataset.armed) return void act(() => correctionsApi.remove(entity.id), "#/", `deleted ${entity.name}`)();
    del.dataset.armed = "1";
    del.textContent = "Really delete it and its claims?";
  });
  return el("details", { className: "correct", testid: "entity-correct" }, [
    el("summary", { text: "Correct this entity" }),
    row(
      "Name",
      name,
      button(
        "Rename",
        "rename",
        act(() => correctionsApi.rename(entity.id, name.value), undefined, `renamed ${entity.name}`),
      ),
    ),
    row(
      "Label",
      label,
      button(
        "Change label",
        "relabel",
        act(
          () => correctionsApi.relabel(entity.id, label.value as EntityLabel),
          undefined,
          `relabelled ${entity.name}`,
        ),
      ),
    ),
    mergeRow(entity.id, entity.name, entity.label, status, act),
    aliases.length
      ? row(
          "Alias",
          alias,
          button(
            "Split off",
            "split",
            act(() => correctionsApi.split(entity.id, alias.value), undefined, `split an alias off ${entity.name}`),
          ),
        )
      : null,
    el("div", { className: "correct-row" }, [del]),
    status,
  ]);
}

function row(title: string, ...children: HTMLElement[]): HTMLElement {
  return el("div", { className: "correct-row" }, [el("span", { className: "muted", text: title }), ...children]);
}

export function labelSelect(current: EntityLabel, testid: string): HTMLSelectElement {
  const s = el(
    "select",
    { testid, attrs: { "aria-label": "Label" } },
    ENTITY_LABELS.map((l) => el("option", { text: l, attrs: { value: l } })),
  );
  s.value = current;
  return s;
}

/** Search another entity and merge it into this one; a LabelConflict asks which label to keep. */
function mergeRow(keep: string, keepName: string, label: EntityLabel, status: HTMLElement, act: Act) {
  const input = el("input", {
    testid: "merge-search",
    attrs: { placeholder: "Merge another entity into this…", "aria-label": "Merge" },
  });
  const results = el("ul", { className: "merge-results", testid: "merge-results" });
  const hash = formatRoute({ view: "graph", entity: keep });
  const merge = (other: Entity, chosen?: EntityLabel) =>
    act(() => correctionsApi.merge(keep, [other.id], chosen), hash, `merged ${other.name} into ${keepName}`)().then(
      (err) => {
        if (err instanceof ApiError && err.code === "LabelConflict") askLabel(other);
      },
    );
  const askLabel = (other: Entity) => {
    const pick = labelSelect(label, "merge-label");
    replaceChildren(
      status,
      el("p", { text: `${other.name} is a ${other.label}: which label does the merged entity keep?` }),
      pick,
      el("button", {
        text: "Merge",
        testid: "merge-with-label",
        attrs: { type: "button" },
        onClick: () => void merge(other, pick.value as EntityLabel),
      }),
    );
  };
  let timer = 0;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = window.setTimeout(async () => {
      const q = input.value.trim();
      if (!q) return replaceChildren(results);
      try {
        const { entities } = await api.searchEntities(q, 8);
        replaceChildren(
          results,
          ...entities
            .filter((e) => e.id !== keep)
            .map((e) =>
              el("li", {}, [
                el("button", {
                  text: `${e.name} (${e.label})`,
                  attrs: { type: "button", "data-id": e.id },
                  onClick: () => void merge(e),
                }),
              ]),
            ),
        );
      } catch (err) {
        replaceChildren(results, errorLine(err));
      }
    }, 150);
  });
  return el("div", { className: "correct-row merge" }, [input, results]);
}
