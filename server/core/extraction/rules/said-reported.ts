// SAID and REPORTED: speech/report verbs with their subject, "according to X", sentence-final
// "..., X reports", passive "was reported in X", and quotations attributed across sentences.
import { LEX } from "../lexicon.ts";
import { matchRole } from "../role-titles.ts";
import {
  adjunctTail,
  afterDateline,
  type Attribution,
  claimType,
  isChannel,
  isVenue,
  negatedBetween,
  anyPhrase,
  phraseAt,
  speakerBefore,
} from "./attribution-parts.ts";
import { actorsIn, hedged, idOf, mainSubject, subjectSpan, within, type Ctx } from "../context.ts";
import { rulesOf, specs, type Doubt, type Hit, type RuleSpec } from "./rule.ts";

const R = specs({
  speechVerb: ["speech-verb", "SAID", 0.7],
  speechPhrase: ["speech-phrase", "SAID", 0.5],
  reportVerb: ["report-verb", "SAID", 0.35],
  accordingTo: ["according-to", "SAID", 0.65],
  passiveReport: ["passive-report", "SAID", 0.8],
  finalAttribution: ["final-attribution", "SAID", 0.4],
  /** "...,” Zakharova said." / "..., Reuters reports.": a person or outlet as the final speaker */
  finalAttributionNamed: ["final-attribution-named", "SAID", 0.85],
  /** a person or state speaking (speech verb) about a state, in a statement naming at most two entities */
  speechVerbState: ["speech-verb-state", "SAID", 0.85],
  quoteFinalAttribution: ["quote-final-attribution", "SAID", 0.55],
  quoteBlock: ["quote-block", "SAID", 0.6],
  toldOutlet: ["told-outlet", "REPORTED", 0.7],
});

const TELL = LEX.tellVerbs;

/** All attributions in sentence k. */
export function findAttributions(c: Ctx, k: number): Attribution[] {
  const s = c.doc.sentences[k]!;
  const T = c.T;
  const out: Attribution[] = [];
  const end = s.tokEnd;
  for (let v = s.tokStart; v < end; v++) {
    const t = T[v]!;
    // "according to X, ..."
    if (t.norm === "according" && T[v + 1]?.norm === "to") {
      let e = v + 2;
      while (e < end && T[e]!.text !== "," && T[e]!.pos !== "VERB") e++;
      const sources = actorsIn(c, k, v + 2, e);
      // "according to X, the coast guard spokesperson for Y, ...": the apposition is no statement
      if (T[e]?.text === "," && (LEX.articles.has(T[e + 1]?.norm ?? "") || matchRole(T, e + 1, end) > 0)) {
        let f = e + 1;
        while (f < end && T[f]!.text !== "," && T[f]!.pos !== "VERB") f++;
        if (T[f]?.text === ",") e = f;
      }
      if (sources.length)
        out.push({
          sent: k,
          sources,
          targets: [s.tokStart, end],
          exclude: [v, e],
          reportVerb: true,
          rule: R.accordingTo,
        });
      v = e;
      continue;
    }
    const phraseEnd = phraseAt(c, v, end, LEX.saidPhrases);
    const finalNoun = v === end - 2 || (/ed$/.test(T[v + 1]?.norm ?? "") && T[v + 2]?.norm === "by");
    const isVerb = t.pos === "VERB" || (t.pos === "NOUN" && finalNoun && /s$/.test(t.norm)) || t.pos === "AUX";
    const said = isVerb && LEX.said.has(t.norm) && !LEX.notSaid.has(t.norm);
    // "released footage/a statement" reports; "would release 10 hostages" does not
    const released = /^releas/.test(t.norm);
    const reported =
      isVerb &&
      LEX.reported.has(t.norm) &&
      (!released || T.slice(v + 1, Math.min(end, v + 5)).some((x) => LEX.releasedObjects.has(x.norm)));
    if (phraseEnd < 0 && !said && !reported) continue;
    const cueEnd = phraseEnd > 0 ? phraseEnd : v + 1;
    const report = reported || (phraseEnd > 0 && phraseAt(c, v, end, LEX.reportedPhrases) > 0);
    const prev = T[v - 1];
    // passive: "This was reported in the publication X", "was said by X"
    const beVerb = !!prev && LEX.beVerbs.has(prev.norm);
    const agent = T[v + 1]?.norm ?? "";
    if ((beVerb && LEX.passiveReportPreps.has(agent)) || (/ed$/.test(t.norm) && LEX.passiveAgentPreps.has(agent))) {
      let e = v + 2;
      while (e < end && T[e]!.text !== "," && T[e]!.pos !== "VERB") e++;
      const sources = actorsIn(c, k, v + 2, e).filter((x) => x.label === "Outlet" || agent !== "in");
      const targets: [number, number] = beVerb ? [e, end] : [s.tokStart, end];
      if (sources.length)
        out.push({ sent: k, sources, targets, exclude: [v, e], reportVerb: report || !said, rule: R.passiveReport });
      continue;
    }
    // sentence-final: "..., X reports." / "...,” El Pais reports."
    let after = cueEnd;
    if (
      LEX.temporalAfter.has(T[after]?.norm ?? "") &&
      T[after + 1] &&
      (LEX.timeWords.has(T[after + 1]!.norm) || LEX.months.has(T[after + 1]!.norm))
    )
      after += 2;
    const tail =
      after >= end - 1 ||
      (T[after]?.text === "," &&
        ((/ing$/.test(T[after + 1]?.norm ?? "") && T[after + 1]?.pos === "VERB") ||
          (after > cueEnd && LEX.tailConjunctions.has(T[after + 1]?.norm ?? "")))) ||
      // "..., Reuters reports quoted by Rador."
      (/ed$/.test(T[after]?.norm ?? "") && T[after + 1]?.norm === "by");
    // "...,” Zakharova said at a news briefing." / "..., X, a spokeswoman for Y, was quoted as saying."
    const quoted = !!s.quote && c.doc.text.slice(s.start, T[v]!.start).includes("”");
    // The speaker named after the quotation: the sentence ends with the verb, or an adjunct follows it.
    if (quoted && (tail ? T[v - 1]?.text === "," : adjunctTail(c, after, end))) {
      const src = speakerBefore(c, k, v);
      if (src) {
        out.push({
          sent: k,
          sources: src[1],
          targets: [s.tokStart, src[0]],
          exclude: [src[0], end],
          reportVerb: report,
          rule: R.finalAttribution,
        });
        continue;
      }
    }
    if (tail && v > s.tokStart && T[v - 1]!.text !== ",") {
      let a = v - 1;
      while (a > s.tokStart && !/^[,”"]$/.test(T[a - 1]!.text)) a--;
      const sources = actorsIn(c, k, a, v);
      if (sources.length && a > s.tokStart + 1) {
        out.push({
          sent: k,
          sources,
          targets: [s.tokStart, a],
          exclude: [a, end],
          reportVerb: report,
          rule: R.finalAttribution,
        });
        continue;
      }
    }
    // parenthetical: "Ukraine, he said, would work with its allies": the whole sentence is the statement
    if (said && T[v + 1]?.text === "," && v - 1 > s.tokStart) {
      let q = v - 1;
      while (q > s.tokStart && T[q]!.text !== ",") q--;
      const sources = q > s.tokStart && q >= v - 5 ? actorsIn(c, k, q + 1, v) : [];
      if (sources.length) {
        out.push({
          sent: k,
          sources,
          targets: [s.tokStart, end],
          exclude: [q, v + 2],
          reportVerb: report,
          rule: R.speechVerb,
        });
        continue;
      }
    }
    const [a, b] = prev?.text === "," && t.norm.endsWith("ing") ? mainSubject(c, k, v) : subjectSpan(c, v);
    if (negatedBetween(c, a, v)) continue;
    const sources = actorsIn(c, k, a, b);
    if (!sources.length) continue;
    // "X said just before Y read the communique": a time clause, not the statement
    const sub = T[cueEnd]?.pos === "ADV" ? cueEnd + 1 : cueEnd;
    const timeClause = LEX.tailConjunctions.has(T[sub]?.norm ?? "");
    const att: Attribution = {
      sent: k,
      sources,
      targets: [cueEnd, timeClause ? cueEnd : end],
      exclude: [a, cueEnd],
      reportVerb: report,
      rule: phraseEnd > 0 ? R.speechPhrase : report ? R.reportVerb : R.speechVerb,
    };
    if (t.norm === "quoted" || t.norm === "quotes") {
      const q = within(c, k, v + 1, end).find((m) => m.label === "Person");
      if (q) {
        att.quoted = q;
        att.targets = [q.tokStart, q.tokEnd];
      }
    }
    // "X told Reuters (that) ...": X speaks; the outlet is no target, it reports X and the statement
    if (TELL.has(t.norm)) {
      const o = within(c, k, v + 1, Math.min(end, v + 7)).find((m) => m.label === "Outlet" && !m.nested);
      if (o) {
        att.targets = [Math.max(att.targets[0], o.tokEnd), att.targets[1]];
        out.push(att, {
          sent: k,
          sources: [{ id: idOf(o), label: "Outlet" }],
          targets: att.targets,
          exclude: att.exclude,
          reportVerb: true,
          rule: R.toldOutlet,
          also: sources.map((x) => x.id),
        });
        continue;
      }
    }
    out.push(att);
  }
  // a statement's targets stop where the next attribution in the sentence begins
  for (let i = 0; i + 1 < out.length; i++) {
    const cur = out[i]!;
    for (const nxt of out.slice(i + 1))
      if (nxt.exclude[0] > cur.targets[0] && nxt.exclude[0] < cur.targets[1])
        cur.targets = [cur.targets[0], nxt.exclude[0]];
  }
  return out;
}

function emit(
  c: Ctx,
  att: Attribution,
  k: number,
  range: [number, number],
  exclude: [number, number] | undefined,
  spec: RuleSpec,
  out: Hit[],
): void {
  const doubts: Doubt[] = hedged(c, k) ? ["hedged"] : [];
  const inRange = within(c, k, Math.max(range[0], afterDateline(c, k)), range[1]).filter(
    (m) =>
      (!exclude || m.tokEnd <= exclude[0] || m.tokStart >= exclude[1]) && !isVenue(c, m, exclude) && !isChannel(c, m),
  );
  const states = new Set(inRange.filter((m) => m.label === "State").map(idOf));
  const targets = inRange.map(idOf);
  for (const id of att.also ?? []) targets.push(id);
  // "A and B emphasised their nations' ties": each speaker speaks about the others' states
  if (att.sources.length > 1 && anyPhrase(c, range, LEX.jointPossessions))
    for (const src of att.sources)
      for (const m of c.doc.mentions)
        if (m.ids?.[0] === src.id && m.affiliation?.ids) targets.push(m.affiliation.ids[0]!);
  for (const src of att.sources) {
    const type = claimType(src.label, att.reportVerb);
    const named = spec === R.finalAttribution && (src.label === "Person" || src.label === "Outlet");
    const sp = named ? R.finalAttributionNamed : spec;
    const others = new Set(targets.filter((id) => id !== src.id));
    const few = spec === R.speechVerb && others.size <= 2 && (src.label === "Person" || src.label === "State");
    for (const id of others) {
      const spId = few && states.has(id) ? R.speechVerbState : sp;
      out.push({ spec: spId, type, source: src.id, target: id, sent: k, doubts });
    }
  }
}

/** SAID/REPORTED claims of every sentence, including quotations attributed before or after them. */
function scan(c: Ctx, out: Hit[]): void {
  const sents = c.doc.sentences;
  const all = sents.map((_, k) => findAttributions(c, k));
  all.forEach((atts, k) => {
    for (const att of atts) emit(c, att, k, att.targets, att.exclude, att.rule, out);
  });
  sents.forEach((s, k) => {
    // quotation whose attribution follows it: “... . ... ,” X reports.
    const fin = all[k]!.find((a) => a.rule === R.finalAttribution);
    if (fin && s.quote) {
      for (
        let j = k - 1;
        j >= 0 && sents[j]!.quote && sents[j]!.para === s.para && sents[j]!.start >= s.quote[0] - 1;
        j--
      ) {
        const q = sents[j]!;
        if (!c.doc.quotes.some((x) => x.start <= q.start + 1 && x.end >= s.quote![1] - 1)) break;
        emit(c, fin, j, [q.tokStart, q.tokEnd], undefined, R.quoteFinalAttribution, out);
      }
    }
    // a paragraph (or sentence run) opened by "...:" before a quotation: speaker from that sentence
    const text = c.doc.text;
    const endsColon = /:\s*$/.test(text.slice(s.start, s.end));
    if (!endsColon || !all[k]!.length) return;
    const att = all[k]![all[k]!.length - 1]!;
    const speaker: Attribution = att.quoted
      ? { ...att, sources: [{ id: idOf(att.quoted), label: "Person" }], reportVerb: false }
      : att;
    for (let j = k + 1; j < sents.length; j++) {
      const q = sents[j]!;
      if (!q.quote) break;
      emit(c, speaker, j, [q.tokStart, q.tokEnd], undefined, R.quoteBlock, out);
      if (/[”"]\s*$/.test(text.slice(q.start, q.end))) break;
    }
  });
}

export const SAID_REPORTED_RULES = rulesOf(R, scan);
