/**
 * The one shape of a sentence for copy: "‹figure› ‹verb› ‹predicate›, according to ‹who› (‹date›)."
 * The verb carries the source's hedge ("are believed to be held", "is reportedly willing"), and a
 * sentence that would open with a figure opens with its attribution instead ("According to the UN,
 * 1.4m people were sheltering …"), as Reuters and AP recast such sentences.
 */
import type { ChartRow } from "../chart.ts";
import type { Credit } from "../cite/names.ts";
import type { Hedge } from "../data/schema.ts";
import { capitalise } from "../text/words.ts";
import { attribution, reportDate } from "./attribution.ts";

/** The tense of "to be" a sentence uses: is, was, has been, had been. */
export type Tense = "present" | "past" | "perfect" | "pluperfect";

const BE: Record<Tense, [string, string]> = {
  present: ["is", "are"],
  past: ["was", "were"],
  perfect: ["has been", "have been"],
  pluperfect: ["had been", "had been"],
};

/** Hedges that stand inside the verb ("has reportedly been"), not as "believed to be". */
const ADVERBS: readonly Hedge[] = ["reportedly", "allegedly"];

/**
 * "to be" in a tense and number, with the source's hedge: "are", "are believed to be", "have
 * reportedly been", "is believed to have been", "could be". Without a hedge, the plain verb.
 */
export function be(tense: Tense, plural: boolean, hedge?: Hedge | null): string {
  const plain = BE[tense][plural ? 1 : 0];
  if (!hedge) return plain;
  if (ADVERBS.includes(hedge)) {
    const [head, rest] = plain.split(" ");
    return rest ? `${head} ${hedge} ${rest}` : `${head} ${hedge}`;
  }
  if (hedge === "could")
    return tense === "perfect" || tense === "pluperfect" ? "could have been" : "could be";
  // "believed", "presumed", "feared", "thought", "said to be": a passive of its own, then "to be".
  const word = hedge === "said to be" ? "said" : hedge;
  const own = BE[tense === "perfect" ? "present" : tense === "pluperfect" ? "past" : tense][plural ? 1 : 0];
  const perfect = tense === "perfect" || tense === "pluperfect";
  return `${own} ${word} to ${perfect ? "have been" : "be"}`;
}

export interface SentenceParts {
  /** Who or what, with its figure: "more than 71,700 Palestinians". */
  subject: string;
  /** The verb, already in its tense, number and hedge: be("perfect", true) → "have been". */
  verb: string;
  /** The rest of the clause: "killed in Gaza since October 2023". */
  predicate: string;
  /** Who gives it: each credit is named once, one name per body. */
  credits: readonly Credit[];
  /** The report's date as a bracket: "(25 January 2026)"; omitted when the clause already says it. */
  date?: string;
  /** A clause to follow, already worded: "; the UN gives the same figure". */
  tail?: string;
}

/**
 * "More than 71,700 Palestinians have been killed in Gaza since October 2023, according to Gaza
 * health authorities (25 January 2026)." — or, when the subject opens with a figure, "According
 * to the UN, 1.4m people were sheltering in Rafah (7 May 2024)."
 */
export function sentence(p: SentenceParts): string {
  // "Reportedly" in an article's own voice is already its attribution: never "reportedly …,
  // according to a news report", only the report's date.
  if (p.credits.length && p.credits.every((c) => c.unattributed) && /\breportedly\b/.test(p.verb)) {
    const clause = `${p.subject} ${p.verb} ${p.predicate}`.replace(/\s+/g, " ").trim();
    return `${capitalise(clause)}${p.date ? ` ${p.date}` : ""}${p.tail ?? ""}.`;
  }
  const who = attribution(p.credits, "according");
  const date = p.date ? ` ${p.date}` : "";
  const clause = `${p.subject} ${p.verb} ${p.predicate}`.replace(/\s+/g, " ").trim();
  const text = /^[\p{N}]/u.test(clause)
    ? `${capitalise(who)}, ${clause}${date}${p.tail ?? ""}.`
    : `${capitalise(clause)}, ${who}${date}${p.tail ?? ""}.`;
  return text;
}

/** The report's date for a sentence: "(25 January 2026)", or "(reported …)" for an earlier day. */
export function dateOf(credits: readonly Credit[], asOf?: Date): string | undefined {
  const [first, ...more] = credits;
  return first ? reportDate(first, asOf, ...more) : undefined;
}

/** A sentence for copy (or a dated entry for a chronology), with the rows whose figures it states. */
export interface Told<R = ChartRow> {
  /** Stable id made from what the rows are about, never their figures, so a change reads old → new. */
  id: string;
  text: string;
  rows: readonly R[];
  /** "entry" for a dated line of a chronology ("25 January 2026 — Rafah: …"), which is not a full sentence. */
  kind?: "sentence" | "entry";
}

/**
 * Ids made unique: a second sentence with the same id (two figures from one report of one day)
 * gets "-2", then "-3", in the order given, so each keeps a stable id and none is lost.
 */
export function uniqueIds<T extends { id: string }>(sentences: readonly T[]): T[] {
  const seen = new Map<string, number>();
  return sentences.map((s) => {
    const n = (seen.get(s.id) ?? 0) + 1;
    seen.set(s.id, n);
    return n === 1 ? s : { ...s, id: `${s.id}-${n}` };
  });
}

/**
 * The sentences that do not tell exactly the rows of one of `told`: a report's own sentence that
 * would repeat "toll-latest" word for word but for its tense is left out, as copy needs it once.
 */
export function untold<T extends { rows: readonly object[] }>(
  told: readonly { rows: readonly object[] }[],
  sentences: readonly T[],
): T[] {
  const same = (a: readonly object[], b: readonly object[]) =>
    a.length === b.length && a.every((r) => b.includes(r));
  return sentences.filter((s) => !told.some((t) => same(t.rows, s.rows)));
}
