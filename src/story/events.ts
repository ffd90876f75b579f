/**
 * Events at the crossings in words: what each kind of event says happened, a headline for the
 * events of a period, and events of one day and crossing told by several reporters merged into one.
 */
import { ascending, greatest, groups } from "d3-array";
import type { Names } from "../cite/names.ts";
import type { CrossingEvent } from "../data/schema.ts";
import { datePhrase, formatDate } from "../format/date.ts";
import { andList, noun, type Noun } from "../text/words.ts";
import { attribution } from "./attribution.ts";
import { otherDatings } from "./closureWords.ts";
import { firstThatFits } from "./fit.ts";
import { spanOf, spansAgree } from "./ranges.ts";
import { byDate } from "./select.ts";

export const CROSSING_NAMES: Record<CrossingEvent["crossing"], string> = {
  rafah: "Rafah",
  kerem_shalom: "Kerem Shalom",
  none: "",
};

/** How much an event of each kind matters to a headline, most first. */
const KIND_ORDER: CrossingEvent["kind"][] = [
  "reopening",
  "seizure",
  "closure",
  "attack",
  "reopening_understanding",
  "reopening_expected",
  "reopening_condition",
  "opening",
  "talks",
  "ceasefire",
];

/**
 * What an event of a kind says happened, with its day as a phrase ("on 7 May 2024", "on the night
 * of 6–7 May 2024"), its actor where the row names one ("seized by Israeli forces") and the
 * source's hedge ("could reopen"). Clauses join with "; ".
 */
function kindPhrase(event: CrossingEvent, when: string): string {
  const by = event.actor ? ` by ${event.actor}` : "";
  switch (event.kind) {
    case "seizure":
      return `seized${by} ${when}`;
    case "closure":
      return `closed${by} ${when}`;
    case "attack":
      return `an attack ${when}`;
    case "reopening":
      return `reopened ${when}`;
    case "opening":
      return `open ${when}`;
    case "reopening_expected":
    case "reopening_condition":
    case "reopening_understanding":
    case "talks":
      return `${event.kind.replace("reopening_", "").replace("_", " ")} ${when}`;
    case "ceasefire":
      return `a ceasefire took effect ${when}`;
  }
}

/**
 * What one event says, with who said it where the day is not the report's own: an expected
 * reopening dated after its article reads "a reopening expected on 8 May 2024, the White House
 * said on 7 May 2024"; others as kindPhrase. `format` writes a day (full or short).
 */
export function eventPhrase(
  event: CrossingEvent,
  names: Names,
  format: (d: Date) => string = formatDate,
  options: { dated?: boolean } = {},
): string {
  const credit = names.credit(event);
  const dated = options.dated !== false;
  const said = `${attribution(credit, "subject", { by: "body" })} ${credit.unattributed ? "reported" : "said"}`;
  const onReport = dated ? ` on ${format(credit.source.published)}` : "";
  const when =
    event.precision === "day" ? `on ${format(event.date)}` : datePhrase(event.date, event.precision);
  // The day it happened when the report gives one; a statement known only by its report ("by")
  // is told by the day it was reported, and who said it is named either way.
  // "By" a day is not "on" it: the article of that day says it was said, without saying when.
  const byReport = dated ? `, as reported on ${format(credit.source.published)}` : "";
  const statement = (what: string) =>
    event.precision === "by"
      ? `${what}, ${said}${byReport}`
      : event.precision === "day" && +event.date === +credit.source.published
        ? `${what}, ${said}${onReport}`
        : `${what}${dated ? ` ${when}` : ""}, ${said}`;
  switch (event.kind) {
    case "reopening_expected": {
      const expected = event.hedge === "could" ? "could reopen" : "a reopening expected";
      // A day after the report, or a span ("the week of 25 January"), is when it is expected.
      if (event.precision !== "by" && (+event.date > +credit.source.published || event.precision !== "day"))
        return `${expected} ${when}, ${said}${onReport}`;
      return `${expected}, ${said}${event.precision === "by" ? byReport : onReport}`;
    }
    case "reopening_condition":
      return statement("conditions for reopening");
    case "reopening_understanding":
      return statement("an understanding on reopening");
    case "talks":
      return statement("talks on reopening");
    default:
      return kindPhrase(event, when);
  }
}

export function kindRank(kind: CrossingEvent["kind"]): number {
  return KIND_ORDER.indexOf(kind);
}

/** Each kind as a countable noun, for a timeline's group of one day ("two reopening forecasts"). */
export const KIND_NOUNS: Record<CrossingEvent["kind"], Noun> = {
  reopening: noun("reopening"),
  seizure: noun("seizure"),
  closure: noun("closure"),
  attack: noun("attack"),
  reopening_understanding: noun("understanding on reopening", "understandings on reopening"),
  // A forecast, not an expectation: a hedged "could open" is one too, and the noun must not strengthen it.
  reopening_expected: noun("reopening forecast"),
  reopening_condition: noun("condition for reopening", "conditions for reopening"),
  opening: noun("opening"),
  talks: noun("diplomatic step"),
  ceasefire: noun("ceasefire step"),
};

/** Kinds of event that happen on one day: known only to the month, they are marked, never spanned. */
export const MOMENTS = new Set<CrossingEvent["kind"]>([
  "seizure",
  "closure",
  "attack",
  "reopening",
  "reopening_understanding",
  "ceasefire",
]);

/** One event told by one or more reporters: rows of the same day, crossing and label. */
export interface MergedEvent {
  date: Date;
  crossing: CrossingEvent["crossing"];
  kind: CrossingEvent["kind"];
  label: string;
  rows: CrossingEvent[];
  /** Who reported it, by display name: "Benjamin Netanyahu, in two reports". */
  by: string;
}

export function mergeEvents(events: readonly CrossingEvent[], names: Names): MergedEvent[] {
  const merged = groups(byDate(events), (e) => `${+e.date}|${e.crossing}|${e.kind}|${e.label}`).flatMap(
    ([, rows]) => {
      const first = rows[0];
      if (!first) return [];
      const who = [...new Set(rows.map((r) => attribution(names.credit(r), "name")))];
      const by =
        who.length === 1 && rows.length > 1
          ? `${who.join("")}, in ${rows.length === 2 ? "two" : rows.length} reports`
          : andList(who);
      return [{ date: first.date, crossing: first.crossing, kind: first.kind, label: first.label, rows, by }];
    },
  );
  return oneSeizure(merged, names);
}

/**
 * Reports of one crossing's seizure whose days can meet ("Monday night", "Tuesday") are one event:
 * told by the widest dating, in its report's words and credit, each other report keeping its own
 * dating: "Israeli ground troops seize the crossing (Financial Times; AFP dates it to 7 May 2024)".
 * Seizures whose days cannot meet stay apart, as the reports differ.
 */
function oneSeizure(merged: MergedEvent[], names: Names): MergedEvent[] {
  const out = [...merged];
  for (const [, list] of groups(
    merged.filter((e) => e.kind === "seizure"),
    (e) => e.crossing,
  )) {
    const rows = list.flatMap((e) => e.rows);
    const lead = widest(rows);
    const main = list.find((e) => lead && e.rows.includes(lead));
    if (list.length < 2 || !lead || !main || !spansAgree(rows.map((e) => spanOf(e.date, e.precision))))
      continue;
    const leadDay = formatDate(lead.date, lead.precision);
    const dated = groups(byDate(rows), (e) => formatDate(e.date, e.precision)).map(([phrase, same]) => ({
      phrase,
      credits: same.filter((r) => !main.rows.includes(r)).map((r) => names.credit(r)),
    }));
    const others = otherDatings(dated, leadDay);
    // Reports dating it as the lead does, in other words, share the lead's credit.
    const alike = rows.filter((r) => !main.rows.includes(r) && formatDate(r.date, r.precision) === leadDay);
    const by = andList([main.by, ...new Set(alike.map((r) => attribution(names.credit(r), "name")))]);
    const one: MergedEvent = {
      ...main,
      rows: [...main.rows, ...rows.filter((r) => !main.rows.includes(r))],
      by: others ? `${by}; ${others}` : by,
    };
    out.splice(out.indexOf(main), 1, one);
    for (const e of list) if (e !== main) out.splice(out.indexOf(e), 1);
  }
  return out;
}

/**
 * A headline for the events of a period at one crossing, led by its news: reports that cannot
 * agree on the day of a seizure, else the weightiest kind of event, then the weightiest of
 * another day if it fits: "Rafah crossing: an understanding to reopen it reported on 25 January
 * 2026". Seizures whose days can be one ("Monday night", "Tuesday") are told as one, by the widest
 * of their days. Undefined when there are no events.
 */
export function eventsHeadline(events: readonly CrossingEvent[], names: Names): string | undefined {
  const day = events.filter(
    (e) => e.precision !== "year" && e.precision !== "month" && e.crossing !== "none",
  );
  const [crossing] = groups(day, (e) => e.crossing)
    .sort(
      (a, b) =>
        ascending(
          Math.min(...a[1].map((e) => kindRank(e.kind))),
          Math.min(...b[1].map((e) => kindRank(e.kind))),
        ) || b[1].length - a[1].length,
    )
    .map(([c]) => c);
  if (!crossing) return undefined;
  const mine = day.filter((e) => e.crossing === crossing);
  const name = `${CROSSING_NAMES[crossing]} crossing`;
  const seizures = mine.filter((e) => e.kind === "seizure");
  if (!spansAgree(seizures.map((e) => spanOf(e.date, e.precision))))
    return `Reports differ on the day the ${name} was seized: ${andList(
      [...new Set(byDate(seizures).map((e) => formatDate(e.date, e.precision)))],
      "or",
    )}`;
  // Of each kind, the event that stands for it: the widest of agreeing seizures, else the first.
  const ranked = groups(mine, (e) => e.kind)
    .flatMap(([kind, list]) => {
      const event = kind === "seizure" ? widest(list) : byDate(list)[0];
      return event ? [{ kind, event }] : [];
    })
    .sort((a, b) => kindRank(a.kind) - kindRank(b.kind));
  const top = ranked[0];
  if (!top) return undefined;
  const second = ranked.find((k) => k !== top && +k.event.date !== +top.event.date);
  const one = `${name}: ${eventPhrase(top.event, names)}`;
  const undated = `${name}: ${eventPhrase(top.event, names, formatDate, { dated: false })}`;
  if (!second) return firstThatFits([one, undated]);
  const [a, b] = [top, second].sort((x, y) => +x.event.date - +y.event.date);
  if (!a || !b) return firstThatFits([one, undated]);
  const sameYear = a.event.date.getUTCFullYear() === b.event.date.getUTCFullYear();
  const noYear = (d: Date) => formatDate(d).replace(/ \d{4}$/, "");
  return firstThatFits([
    `${name}: ${eventPhrase(a.event, names, sameYear ? noYear : formatDate)}; ${eventPhrase(b.event, names)}`,
    one,
    undated,
  ]);
}

/** Of events that may be one (agreeing seizures), the one with the widest day span. */
export function widest(list: readonly CrossingEvent[]): CrossingEvent | undefined {
  return greatest(byDate(list), (a, b) => {
    const w = (e: CrossingEvent) => spanOf(e.date, e.precision).to - spanOf(e.date, e.precision).from;
    return w(a) - w(b) || +b.date - +a.date;
  });
}
