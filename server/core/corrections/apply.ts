// Pure correction logic: checks a change against the region it touches (typed errors),
// and turns the region's stored state into its corrected state.
import { InvalidInput, LabelConflict, NotFound } from "../errors.ts";
import type { ClaimRec, CorrectionChange, EntityRec, MentionRec, Region } from "../model/corrections.ts";

const uniqSorted = (xs: string[]) => [...new Set(xs)].sort();
const aliasesOf = (p: Record<string, unknown>): string[] =>
  Array.isArray(p.aliases) ? p.aliases.filter((x): x is string => typeof x === "string") : [];
const countOf = (m: MentionRec) => (typeof m.props.count === "number" ? m.props.count : 0);

function need(region: Region, id: string): EntityRec {
  const e = region.entities.find((x) => x.id === id);
  if (!e) throw new NotFound(`corrections: no entity with id ${JSON.stringify(id)}`);
  return e;
}

function needClaim(region: Region, id: string): ClaimRec {
  const c = region.claims.find((x) => x.props.id === id);
  if (!c) throw new NotFound(`corrections: no claim with id ${JSON.stringify(id)}`);
  return c;
}

/** Throws NotFound, InvalidInput or LabelConflict unless `change` applies cleanly to `region`. */
export function validateChange(change: CorrectionChange, region: Region): void {
  switch (change.kind) {
    case "rename":
      need(region, change.id);
      if (!change.name.trim()) throw new InvalidInput("corrections: the new name is empty");
      return;
    case "relabel":
    case "delete":
      need(region, change.id);
      return;
    case "merge": {
      if (change.others.length === 0) throw new InvalidInput("corrections: merge needs at least two entities");
      const ids = [change.keep, ...change.others];
      if (new Set(ids).size !== ids.length)
        throw new InvalidInput("corrections: an entity cannot be merged with itself");
      const labels = uniqSorted(ids.map((id) => need(region, id).label));
      if (labels.length > 1 && !change.label) {
        throw new LabelConflict(`corrections: the entities have different labels (${labels.join(", ")}); choose one`);
      }
      return;
    }
    case "split": {
      const e = need(region, change.id);
      if (!aliasesOf(e.props).includes(change.alias)) {
        throw new InvalidInput(`corrections: ${JSON.stringify(change.alias)} is not an alias of this entity`);
      }
      if (e.props.name === change.alias) throw new InvalidInput("corrections: cannot split off the entity's own name");
      if (change.newId === change.id || region.entities.some((x) => x.id === change.newId)) {
        throw new InvalidInput(`corrections: an entity ${JSON.stringify(change.newId)} already exists; merge instead`);
      }
      return;
    }
    case "confirm":
    case "reject":
      needClaim(region, change.claim);
      return;
    case "add-claim": {
      if (region.claims.some((c) => c.props.id === change.claim.id)) {
        throw new InvalidInput("corrections: this claim already exists");
      }
      if (change.claim.source === change.claim.target) throw new InvalidInput("corrections: source and target are one");
      return;
    }
    case "dismiss":
      if (change.a === change.b) throw new InvalidInput("corrections: a pair needs two entities");
      return;
  }
}

/** The corrected state of `region`; lenient: what no longer exists is left alone (replay after re-ingest). */
export function applyChange(change: CorrectionChange, region: Region): Region {
  const r: Region = structuredClone(region);
  const find = (id: string) => r.entities.find((e) => e.id === id);
  switch (change.kind) {
    case "rename": {
      const e = find(change.id);
      if (e) e.props.name = change.name.trim();
      return r;
    }
    case "relabel": {
      const e = find(change.id);
      if (e) Object.assign(e, { label: change.label, props: { ...e.props, label: change.label } });
      return r;
    }
    case "delete": {
      if (!find(change.id)) return r;
      return {
        entities: r.entities.filter((e) => e.id !== change.id),
        mentions: r.mentions.filter((m) => m.entity !== change.id),
        claims: r.claims.filter((c) => c.source !== change.id && c.target !== change.id),
        redirects: r.redirects,
      };
    }
    case "merge":
      return merge(r, change.keep, change.others, change.label);
    case "split":
      return split(r, change);
    case "confirm": {
      const c = r.claims.find((x) => x.props.id === change.claim);
      if (c) c.props.reviewed = true;
      return r;
    }
    case "reject":
      return { ...r, claims: r.claims.filter((c) => c.props.id !== change.claim) };
    case "add-claim": {
      const { id, type, source, target, ...rest } = change.claim;
      if (r.claims.some((c) => c.props.id === id)) return r;
      const props = Object.fromEntries(Object.entries({ id, ...rest }).filter(([, v]) => v != null));
      return { ...r, claims: [...r.claims, { type, source, target, props }] };
    }
    case "dismiss":
      return r;
  }
}

function merge(r: Region, keepId: string, others: string[], label?: EntityRec["label"]): Region {
  const keep = r.entities.find((e) => e.id === keepId);
  const gone = new Set(others.filter((id) => id !== keepId && r.entities.some((e) => e.id === id)));
  if (!keep || gone.size === 0) return r;
  const moved = (id: string) => (gone.has(id) ? keepId : id);
  const mentions = new Map<string, MentionRec>();
  for (const m of r.mentions) {
    const entity = moved(m.entity);
    const key = `${m.article}|${entity}`;
    const prev = mentions.get(key);
    if (!prev) {
      mentions.set(key, { article: m.article, entity, props: { ...m.props } });
      continue;
    }
    prev.props.count = countOf(prev) + countOf(m);
    prev.props.aliases = uniqSorted([...aliasesOf(prev.props), ...aliasesOf(m.props)]);
  }
  const merged = r.entities.filter((e) => gone.has(e.id));
  const aliases = uniqSorted([
    ...aliasesOf(keep.props),
    ...merged.flatMap((e) => [...aliasesOf(e.props), String(e.props.name ?? "")]),
  ]).filter(Boolean);
  const kept = [...mentions.values()];
  const total = kept.filter((m) => m.entity === keepId).reduce((a, m) => a + countOf(m), 0);
  const nextLabel = label ?? keep.label;
  const keepNext: EntityRec = {
    id: keepId,
    label: nextLabel,
    props: { ...keep.props, label: nextLabel, aliases, mentions: total },
  };
  return {
    entities: [...r.entities.filter((e) => e.id !== keepId && !gone.has(e.id)), keepNext],
    mentions: kept,
    // A claim between two merged entities would become a loop: it is dropped (undo brings it back).
    claims: r.claims
      .map((c) => ({ ...c, source: moved(c.source), target: moved(c.target) }))
      .filter((c) => c.source !== c.target),
    redirects: [...r.redirects.filter((x) => !gone.has(x.from)), ...[...gone].map((from) => ({ from, to: keepId }))],
  };
}

/** Moves an alias off to a new entity: the mentions carrying it, and the claims whose evidence names it. */
function split(r: Region, change: Extract<CorrectionChange, { kind: "split" }>): Region {
  const src = r.entities.find((e) => e.id === change.id);
  if (!src || r.entities.some((e) => e.id === change.newId)) return r;
  const alias = change.alias;
  const remaining = aliasesOf(src.props).filter((a) => a !== alias);
  const fullArticles = new Set<string>();
  const mentions: MentionRec[] = [];
  for (const m of r.mentions) {
    const as = aliasesOf(m.props);
    if (m.entity !== change.id || !as.includes(alias)) {
      mentions.push(m);
    } else if (as.length === 1) {
      fullArticles.add(m.article);
      mentions.push({ ...m, entity: change.newId });
    } else {
      mentions.push({
        ...m,
        props: { ...m.props, aliases: as.filter((a) => a !== alias), count: Math.max(1, countOf(m) - 1) },
      });
      mentions.push({ article: m.article, entity: change.newId, props: { count: 1, aliases: [alias] } });
    }
  }
  const namesAlias = (c: ClaimRec) => {
    const ev = typeof c.props.evidence === "string" ? c.props.evidence : "";
    return fullArticles.has(String(c.props.article)) || (ev.includes(alias) && !remaining.some((a) => ev.includes(a)));
  };
  const claims = r.claims.map((c) => {
    if ((c.source !== change.id && c.target !== change.id) || !namesAlias(c)) return c;
    return {
      ...c,
      source: c.source === change.id ? change.newId : c.source,
      target: c.target === change.id ? change.newId : c.target,
    };
  });
  const sum = (id: string) => mentions.filter((m) => m.entity === id).reduce((a, m) => a + countOf(m), 0);
  const created: EntityRec = {
    id: change.newId,
    label: change.label,
    props: { id: change.newId, label: change.label, name: alias, aliases: [alias], mentions: sum(change.newId) },
  };
  const rest = { ...src, props: { ...src.props, aliases: remaining, mentions: sum(change.id) } };
  return {
    entities: [...r.entities.filter((e) => e.id !== change.id), rest, created],
    mentions,
    claims: claims.filter((c) => c.source !== c.target),
    redirects: r.redirects,
  };
}
