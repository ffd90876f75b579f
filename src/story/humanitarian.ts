/**
 * Displacement, fuel, health access and troop offers in words: one sentence per row, each in its
 * measure's own words with the row's hedge ("was reportedly willing"), and the displacement
 * headline, which opens with its attribution when the figure would open it.
 */
import type { Names } from "../cite/names.ts";
import type { Hedge, Humanitarian } from "../data/schema.ts";
import { formatDate, isoDate } from "../format/date.ts";
import { andList, capitalise, nounFromPlural, verb } from "../text/words.ts";
import { attribution } from "./attribution.ts";
import { byFigure, figureList, figureWords } from "./figures.ts";
import { firstThatFits } from "./fit.ts";
import { idOf } from "./ids.ts";
import { figuresAgree } from "./ranges.ts";
import { be, dateOf, sentence, type Told } from "./sentence.ts";
import { byDate, latest } from "./select.ts";

/**
 * A verb other than "to be", in the past as the other dated sentences are, with the hedge before
 * it: "faced", "reportedly faced", "were believed to face" (`base` is the infinitive).
 */
const hedgedVerb = (hedge: Hedge | null, past: string, base: string, plural: boolean) =>
  hedge === "believed" ? `${plural ? "were" : "was"} believed to ${base}` : hedge ? `${hedge} ${past}` : past;

/** The people a row counts, as a noun: "people", "displaced Palestinians", "pregnant women". */
function whoOf(r: Humanitarian) {
  if (r.measure === "displaced")
    return nounFromPlural(
      /displaced/.test(r.who ?? "") ? (r.who ?? "people") : `displaced ${r.who ?? "people"}`,
    );
  return nounFromPlural(r.who ?? (r.measure === "troops_offered" ? r.unit : "people"));
}

/** The clause of one row, in its measure's words: subject, verb and predicate. */
function clause(r: Humanitarian): { subject: string; verb: string; predicate: string } {
  const who = whoOf(r);
  const n = figureWords(r, who, { compact: true });
  const plural = verb(r.value, "is", who) === "are";
  const none = r.value === 0 && r.qualifier === "exact";
  switch (r.measure) {
    case "sheltering":
      return { subject: n, verb: be("past", plural, r.hedge), predicate: `sheltering in ${r.place}` };
    case "displaced":
      return { subject: n, verb: be("past", plural, r.hedge), predicate: `in ${r.place}` };
    case "fuel":
      return none
        ? { subject: "no fuel", verb: be("past", false, r.hedge), predicate: `available inside ${r.place}` }
        : {
            subject: `${figureWords(r, { one: "day", many: "days" })} of fuel`,
            verb: be("past", plural, r.hedge),
            predicate: `available inside ${r.place}`,
          };
    case "reproductive_health":
      return {
        subject: `${n} in ${r.place}`,
        verb: hedgedVerb(r.hedge, "faced", "face", plural),
        predicate: "limited access to reproductive health services",
      };
    case "troops_offered":
      return none
        ? {
            subject: r.place,
            verb: hedgedVerb(r.hedge, "did not intend", "have no intention", false),
            predicate: `to send ${who.many} to the International Stabilisation Force`,
          }
        : {
            subject: r.place,
            verb: be("past", false, r.hedge),
            predicate: `willing to send ${n} to the International Stabilisation Force`,
          };
  }
}

/** One sentence per row: "According to the UN, 1.4m people were sheltering in Rafah (7 May 2024)." */
export function humanitarianSentences(rows: readonly Humanitarian[], names: Names): Told[] {
  return byDate(rows).map((r) => {
    const credits = [names.credit(r)];
    const c = clause(r);
    // A country speaking of itself says so, never "Azerbaijan …, according to Azerbaijan".
    const itself = credits[0]?.voice?.name === c.subject;
    return {
      id: idOf(r.measure, r.place, r.who ?? "", isoDate(r.as_of), r.reported_by),
      text: itself
        ? `${capitalise(attribution(credits, "said"))} it ${c.verb} ${c.predicate} ${dateOf(credits) ?? ""}`.trim() +
          "."
        : sentence({ ...c, credits, date: dateOf(credits) }),
      rows: [r],
    };
  });
}

/**
 * The headline of people sheltering or displaced: the latest figure for Rafah (else any place),
 * "The UN said 1.4m people were sheltering in Rafah in May 2024"; reports of that day that cannot
 * all be true: "Reports of 7 May 2024 differ on how many people were sheltering in Rafah: …".
 */
export function displacementHeadline(rows: readonly Humanitarian[], names: Names): string {
  const sheltering = rows.filter((r) => r.measure === "sheltering");
  const pool = sheltering.some((r) => r.place === "Rafah")
    ? sheltering.filter((r) => r.place === "Rafah")
    : sheltering.length
      ? sheltering
      : rows;
  const lead = latest(pool);
  const first = lead[0];
  if (!first) return "";
  const doing = first.measure === "sheltering" ? "sheltering" : "displaced";
  if (!figuresAgree(lead))
    return firstThatFits([
      `Reports of ${formatDate(first.as_of)} differ on how many people were ${doing} in ${first.place}: ${figureList(lead, "or", 3, true)}`,
      `Reports differ on how many people were ${doing} in ${first.place}: ${figureList(lead, "or", 3, true)}`,
    ]);
  const c = clause(first);
  const when = `in ${formatDate(first.as_of, "month")}`;
  const body = `${c.subject} ${c.verb} ${c.predicate} ${when}`;
  const credits = lead.map((r) => names.credit(r));
  const who =
    byFigure(lead).length > 1 || lead.length > 1
      ? "reports say"
      : attribution(credits, "said", { by: "body" });
  return firstThatFits(
    /^[\p{N}]/u.test(body)
      ? [`${capitalise(who)} ${body}`, `${capitalise(who)} ${c.subject} ${c.verb} ${c.predicate}`]
      : [`${capitalise(body)}, ${who}`, capitalise(body)],
  );
}

/** "People sheltering and displaced in Rafah and Al-Muwasi": the places in the rows' order, as the chart draws them. */
export function displacementSubtitle(rows: readonly Humanitarian[]): string {
  const measures = [...new Set(rows.map((r) => (r.measure === "sheltering" ? "sheltering" : "displaced")))];
  return `People ${andList(measures)} in ${andList([...new Set(rows.map((r) => r.place))])}`;
}
