// Stage 04: groups mentions into entities (one per real-world thing): spelling and
// accent variants, surnames to full names, "Kursk" to "Kursk region", canonical names.
import { entityId, normaliseName } from "../model/index.ts";
import type { Entity } from "../model/index.ts";
import type { Doc, Mention } from "./types.ts";
import { LEX } from "./lexicon.ts";
import { normToken } from "./02-tokens.ts";

interface Group {
  label: Mention["label"];
  canon: string;
  fixed: boolean;
  ms: Mention[];
}

/** Memoised pure helpers: the same names recur across mentions and articles. */
function memo<R>(f: (s: string) => R): (s: string) => R {
  const cache = new Map<string, R>();
  return (s: string): R => {
    let r = cache.get(s);
    if (r === undefined) {
      r = f(s);
      if (cache.size < 100000) cache.set(s, r);
    }
    return r;
  };
}
const normName = memo(normaliseName);
const idFor = memo((labelAndName: string) => {
  const bar = labelAndName.indexOf("|");
  return entityId(labelAndName.slice(0, bar) as Mention["label"], labelAndName.slice(bar + 1));
});
const key = (label: string, canon: string): string => `${label}|${normName(canon)}`;
const nameWords = memo((s: string): string[] => normName(s).split(" ").filter(Boolean));

export function resolve(doc: Doc): Doc {
  const groups = new Map<string, Group>();
  const join = (m: Mention, k: string, canon: string, fixed: boolean): void => {
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { label: m.label, canon, fixed, ms: [] }));
    if (fixed && !g.fixed) Object.assign(g, { canon, fixed });
    g.ms.push(m);
  };
  const full = doc.mentions.filter((m) => m.kind !== "short" && m.kind !== "nominal" && m.kind !== "pronoun");
  for (const m of full) join(m, key(m.label, m.canon), m.canon, m.label === "Person" && m.canon !== m.surface);
  const persons = [...groups.entries()].filter(([, g]) => g.label === "Person");
  const places = [...groups.entries()].filter(([, g]) => g.label === "Place");
  for (const m of doc.mentions.filter((x) => x.kind === "short")) {
    const w = normToken(m.surface);
    const gazKey = key("Person", m.canon);
    if (m.canon !== m.surface && groups.has(gazKey)) {
      join(m, gazKey, m.canon, true);
      continue;
    }
    const person = persons.find(([, g]) => {
      const ws = nameWords(g.canon);
      return ws.length >= 2 && (ws[0] === w || ws[ws.length - 1] === w);
    });
    if (person) {
      join(m, person[0], person[1].canon, false);
      continue;
    }
    if (m.label === "Place") {
      const place = places.find(([, g]) => {
        const ws = nameWords(g.canon);
        return ws[0] === w && ws.length === 2 && LEX.placeLower.has(ws[1]!);
      });
      if (place) join(m, place[0], place[1].canon, false);
      else join(m, key("Place", m.surface), m.surface, false);
      continue;
    }
    if (!m.needsFull) join(m, gazKey, m.canon, true);
  }
  // Treaty descriptions join the named treaty they were resolved to (stage 03).
  for (const m of doc.mentions) {
    if (m.kind !== "nominal" || m.label !== "Treaty") continue;
    const k = key("Treaty", m.canon);
    if (groups.has(k)) join(m, k, m.canon, false);
  }
  // Bare "X" places resolve into "X region" when both occur.
  for (const [k, g] of groups) {
    if (g.label !== "Place") continue;
    const target = places.find(([, p]) => {
      const ws = nameWords(p.canon);
      return (
        ws.length >= 2 && LEX.placeLower.has(ws[ws.length - 1]!) && ws.slice(0, -1).join(" ") === normName(g.canon)
      );
    });
    if (target && target[0] !== k) {
      const into = groups.get(target[0])!.ms;
      for (const m of g.ms) into.push(m); // never a spread: a group can hold any number of mentions
      groups.delete(k);
    }
  }
  const entities: Entity[] = [];
  const idsOf = new Map<Mention, string[]>();
  for (const g of groups.values()) {
    let name = g.canon;
    if (g.label === "Person" && !g.fixed)
      name = g.ms.reduce((a, m) => (m.surface.length > a.length ? m.surface : a), name);
    const id = idFor(`${g.label}|${name}`);
    const aliases = new Set<string>([name]);
    for (const m of g.ms) {
      aliases.add(m.surface.replace(/^the\s+/i, ""));
      for (const x of m.extraAliases ?? []) aliases.add(x);
      idsOf.set(m, [id]);
    }
    entities.push({ id, label: g.label, name, aliases: [...aliases], mentions: g.ms.length });
  }
  entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // new mention objects carrying their ids: the input document is never changed
  const resolved = new Map<Mention, Mention>();
  for (const [m, ids] of idsOf) resolved.set(m, { ...m, ids });
  for (const m of resolved.values()) if (m.affiliation) m.affiliation = resolved.get(m.affiliation) ?? m.affiliation;
  const mentions = doc.mentions.flatMap((m) => (resolved.has(m) ? [resolved.get(m)!] : []));
  return { ...doc, entities, mentions };
}
