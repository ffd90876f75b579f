/** The seizure of a crossing in one sentence, each report keeping its own dating. */
import { groups } from "d3-array";
import type { Names } from "../cite/names.ts";
import type { CrossingEvent } from "../data/schema.ts";
import { datePhrase, formatDate } from "../format/date.ts";
import { capitalise } from "../text/words.ts";
import { attribution } from "./attribution.ts";
import { creditedList } from "./change.ts";
import { otherDatings } from "./closureWords.ts";
import { CROSSING_NAMES, widest } from "./events.ts";
import { spanOf, spansAgree } from "./ranges.ts";
import { byDate } from "./select.ts";

/**
 * "Israeli forces seized the Rafah crossing on the night of 6–7 May 2024, according to the
 * Financial Times; AFP dates it to 7 May 2024." Reports whose days can be one are told as one, by
 * the widest of their days, each report keeping its own dating; reports that cannot: "Reports differ on when … seized the Rafah crossing: …".
 */
export function seizureSentence(seizures: readonly CrossingEvent[], names: Names): string | undefined {
  const first = seizures[0];
  if (!first) return undefined;
  const crossing = `the ${CROSSING_NAMES[first.crossing]} crossing`;
  const actors = [...new Set(seizures.map((e) => e.actor ?? ""))];
  const actor = actors.length === 1 && actors[0] ? actors[0] : undefined;
  const credits = (rows: readonly CrossingEvent[]) =>
    attribution(
      rows.map((r) => names.credit(r)),
      "according",
    );
  if (spansAgree(seizures.map((e) => spanOf(e.date, e.precision)))) {
    const lead = widest(seizures) ?? first;
    const when = datePhrase(lead.date, lead.precision);
    const main = actor
      ? `${capitalise(actor)} seized ${crossing} ${when}`
      : `${capitalise(crossing)} was seized ${when}`;
    // Reports that date it alike share the credit; reports that word the day otherwise (though
    // the days can meet) each keep their own: "…, according to the Financial Times; AFP dates it
    // to 7 May 2024."
    const dated = groups(byDate(seizures), (e) => formatDate(e.date, e.precision)).map(([phrase, rows]) => ({
      phrase,
      rows,
      credits: rows.map((r) => names.credit(r)),
    }));
    const leadDay = formatDate(lead.date, lead.precision);
    const others = otherDatings(dated, leadDay);
    const leadRows = dated.find((d) => d.phrase === leadDay)?.rows ?? seizures;
    return `${main}, ${credits(leadRows)}${others ? `; ${others}` : ""}.`;
  }
  const days = byDate(seizures).map((e) => `${formatDate(e.date, e.precision)}, ${credits([e])}`);
  return `Reports differ on when ${actor ?? "it"} seized ${crossing}: ${creditedList(days)}.`;
}
