/**
 * Events at the crossings in words: what each kind of event says happened, a headline for the
 * events of a period, and events of one day and crossing told by several reporters merged into one.
 */
import { ascending, groups } from "d3-array";
import type { Names } from "../cite/names.ts";
import type { CrossingEvent } from "../data/schema.ts";
import { formatDate, listDates } from "../format/date.ts";
import { andList } from "../text/words.ts";
import { attribution } from "./attribution.ts";
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

/** What an event of a kind says happened, with its day: "seized on 7 May 2024". Clauses join with "; ". */
function kindPhrase(kind: CrossingEvent["kind"], day: string): string {
  switch (kind) {
    case "seizure":
      return `seized on ${day}`;
    case "closure":
      return `closed on ${day}`;
    case "attack":
      return `an attack on ${day}`;
    case "reopening":
      return `reopened on ${day}`;
    case "opening":
      return /^\d/.test(day) ? `opened on ${day}` : `open in ${day}`;
    case "reopening_expected":
      return `a reopening expected, as reported on ${day}`;
    case "reopening_condition":
      return `conditions for reopening reported on ${day}`;
    case "reopening_understanding":
      return `an understanding to reopen it reported on ${day}`;
    case "talks":
      return `talks on reopening reported on ${day}`;
    case "ceasefire":
      return `a ceasefire took effect on ${day}`;
  }
}

/**
 * What one event says, with who said it where the day is not the report's own: an expected
 * reopening dated after its article reads "a reopening expected on 8 May 2024, the White House
 * said on 7 May 2024"; others as kindPhrase. `format` writes a date (full or short).
 */
export function eventPhrase(
  event: CrossingEvent,
  names: Names,
  format: (d: Date) => string = formatDate,
): string {
  const credit = names.credit(event);
  if (event.kind === "reopening_expected") {
    const who = `${attribution(credit, "subject")} ${credit.unattributed ? "reported" : "said"}`;
    return +event.date > +credit.source.published
      ? `a reopening expected on ${format(event.date)}, ${who} on ${format(credit.source.published)}`
      : `a reopening expected, ${who} on ${format(event.date)}`;
  }
  const day = event.precision === "day" ? format(event.date) : formatDate(event.date, event.precision);
  return kindPhrase(event.kind, day);
}

export function kindRank(kind: CrossingEvent["kind"]): number {
  return KIND_ORDER.indexOf(kind);
}

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
  return groups(byDate(events), (e) => `${+e.date}|${e.crossing}|${e.kind}|${e.label}`).flatMap(
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
}

/**
 * A headline for the events of a period at one crossing, from what they say: reports that
 * differ on the day of a seizure, else the two weightiest kinds in date order:
 * "Rafah crossing: conditions for reopening set on 6 January, an understanding to reopen
 * reported on 25 January 2026". Undefined when there are no events.
 */
export function eventsHeadline(events: readonly CrossingEvent[], names?: Names): string | undefined {
  const day = events.filter((e) => e.precision === "day" && e.crossing !== "none");
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
  const seizures = [...new Set(mine.filter((e) => e.kind === "seizure").map((e) => +e.date))].map(
    (t) => new Date(t),
  );
  if (seizures.length > 1)
    return `Reports differ on the day the ${name} was seized: ${
      listDates(seizures, "or") ??
      andList(
        seizures.map((d) => formatDate(d)),
        "or",
      )
    }`;
  // The weightiest kind, then the weightiest on another day (else the next weightiest), in date order.
  const ranked = groups(mine, (e) => e.kind)
    .flatMap(([kind, list]) => {
      const event = byDate(list)[0];
      return event ? [{ kind, first: event.date, event }] : [];
    })
    .sort((a, b) => kindRank(a.kind) - kindRank(b.kind));
  const top = ranked[0];
  const second = ranked.find((k) => k !== top && +k.first !== +(top?.first ?? 0)) ?? ranked[1];
  const kinds = [top, second].filter((k) => k !== undefined).sort((a, b) => +a.first - +b.first);
  const sameYear = new Set(kinds.map((k) => k.first.getUTCFullYear())).size === 1;
  const phrases = kinds.map((k, i) => {
    const full = formatDate(k.first);
    const short = full.replace(/ \d{4}$/, "");
    const format = (d: Date) =>
      sameYear && i < kinds.length - 1 ? formatDate(d).replace(/ \d{4}$/, "") : formatDate(d);
    return names
      ? eventPhrase(k.event, names, format)
      : kindPhrase(k.kind, sameYear && i < kinds.length - 1 ? short : full);
  });
  return `${name}: ${phrases.join("; ")}`;
}
