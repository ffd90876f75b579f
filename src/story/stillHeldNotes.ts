/**
 * Notes on the reports of hostages still held: the figure they share, or how they differ, with who
 * gives each and who hedges it.
 */
import { groups } from "d3-array";
import type { Names } from "../cite/names.ts";
import type { Hostage } from "../data/schema.ts";
import { formatDate, onDates } from "../format/date.ts";
import { andList, capitalise, countWords } from "../text/words.ts";
import { attribution } from "./attribution.ts";
import { figureWords } from "./figures.ts";
import { HOSTAGE, onlyRemains } from "./hostages.ts";
import { figuresAgree } from "./ranges.ts";
import { byDate } from "./select.ts";

/** Notes on the reports of hostages still held: the figure they share, or how they differ, with who gives each. */
export function stillHeldNotes(rows: readonly Hostage[], names: Names): string[] {
  const still = rows.filter((r) => r.measure === "still_held");
  if (still.length < 2) return [];
  // The figure without its hedge: "one" and "one, believed" are the same count, told once.
  const figures = groups(byDate(still), (r) => figureWords(r)).sort(
    ([, a], [, b]) => (a[0]?.value ?? Infinity) - (b[0]?.value ?? Infinity),
  );
  const when = onDates(still.map((r) => r.as_of)).replace(/^(on|between) /, "");
  const hedged = still.filter((r) => r.hedge);
  const who = capitalise(
    andList([...new Set(hedged.map((r) => attribution(names.credit(r), "name", { by: "body" })))]),
  );
  // Of remains not yet returned, a "believed" is about where they are (held in Gaza), not the count.
  const where = hedged.every((r) => r.hedge === "believed") && onlyRemains(rows);
  const hedges = !hedged.length
    ? ""
    : where
      ? ` ${who} ${hedged.length > 1 ? "say" : "says"} the remains are believed to be in Gaza.`
      : ` ${who} ${hedged.length > 1 ? "hedge theirs" : "hedges it"} with ${andList([...new Set(hedged.map((r) => `“${r.hedge ?? ""}”`))])}.`;
  const all = still.length === 2 ? "Both" : `All ${countWords(still.length, "exact")}`;
  if (figures.length === 1)
    return [
      onlyRemains(rows) && still[0]?.value !== 0
        ? `${all} reports (${when}) give ${figureWords(still[0] as Hostage, HOSTAGE)} whose remains have not been returned.${hedges}`
        : `${all} reports of hostages still held (${when}) give ${figures[0]?.[0] ?? ""}.${hedges}`,
    ];
  // "one (Hamas and Benjamin Netanyahu, 6 January 2026; Ynet, 25 January 2026)"
  const by = (list: readonly Hostage[]) =>
    groups(list, (r) => +r.as_of)
      .map(
        ([day, same]) =>
          `${attribution(
            same.map((r) => names.credit(r)),
            "name",
            { by: "body" },
          )}, ${formatDate(new Date(day))}`,
      )
      .join("; ");
  const listed = andList(figures.map(([f, list]) => `${f} (${by(list)})`));
  const sameDay = new Set(still.map((r) => +r.as_of)).size === 1;
  return [
    `${sameDay && !figuresAgree(still) ? `Reports of hostages still held differ: ${listed}.` : `Reports of hostages still held give ${listed}.`}${hedges}`,
  ];
}
