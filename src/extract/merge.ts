/**
 * A figure the article repeats (headline and body, summary and detail) is one row. Two mentions are
 * one figure when table, measure, value and day agree (and scope, for casualties); the mention kept
 * is the one that names who gives it, then the one with a qualifier, then the surest. Two reporters
 * giving the same figure stay two rows: the tables keep reports per reporter.
 * A closure is one row per crossing (the mention that dates its start first); an event one row per
 * kind, crossing, day and reporter.
 */
import type { CrossingFound } from "./crossings.ts";
import type { FigureFound } from "./figures.ts";

type Found = FigureFound | CrossingFound;

function keyOf(f: Found): string {
  const c = f.cells;
  if (f.table === "closures") return `closures|${c.crossing}`;
  if (f.table === "events") return `events|${c.kind}|${c.crossing}`;
  return [f.table, c.measure, c.value, c.as_of, c.scope ?? ""].join("|");
}

/** A headline or a line with no full stop: a summary the body tells again. */
export function isHeadline(f: Found): boolean {
  return !/[.!?”"’)]$/.test(f.sentence.text) && f.sentence.text.length < 160;
}

function better(a: Found, b: Found): boolean {
  if (isHeadline(a) !== isHeadline(b)) return isHeadline(b);
  if (a.table === "closures") return a.confidence > b.confidence;
  const named = (f: Found) => (f.cells.reported_by === "unattributed" ? 0 : 1);
  const qualified = (f: Found) => (f.cells.qualifier && f.cells.qualifier !== "exact" ? 1 : 0);
  return (
    named(a) - named(b) > 0 ||
    (named(a) === named(b) && (qualified(a) - qualified(b) || a.confidence - b.confidence) > 0)
  );
}

/**
 * An event told several times (the seizure in the lede, again in a quote) is one event: among
 * mentions of one kind at one crossing, those the article dates win over those dated only by the
 * report, and then one per day and reporter is kept.
 */
function eventGroups<T extends Found>(group: T[]): T[][] {
  const dated = group.filter((f) => !f.doubts.some((d) => d.startsWith("no date named")));
  const kept = dated.length ? dated : group;
  const by = new Map<string, T[]>();
  for (const f of kept) {
    const key = dated.length ? `${f.cells.date}` : "";
    by.set(key, [...(by.get(key) ?? []), f]);
  }
  return [...by.values()];
}

export function mergeRepeats<T extends Found>(all: readonly T[]): T[] {
  // A headline's figure is the body's, however the headline words it ("kills nine").
  const body = all.filter((f) => !isHeadline(f));
  const found = all.filter(
    (f) =>
      !isHeadline(f) ||
      f.table === "closures" ||
      f.table === "events" ||
      !body.some((b) => b.table === f.table && b.cells.value === f.cells.value),
  );
  const groups = new Map<string, T[]>();
  for (const f of found) {
    const key = keyOf(f);
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const kept: T[] = [];
  const grouped = [...groups.values()].flatMap((g) => (g[0]?.table === "events" ? eventGroups(g) : [g]));
  for (const group of grouped) {
    const reporters = new Set(
      group.map((g) => g.cells.reported_by?.toLowerCase()).filter((r) => r !== "unattributed"),
    );
    if (group[0]?.table !== "closures" && reporters.size > 1) {
      // Two reporters with the same figure: one row each, the article's own voice folded in.
      for (const r of reporters)
        kept.push(pick(group.filter((g) => g.cells.reported_by?.toLowerCase() === r)));
    } else kept.push(pick(group));
  }
  return kept.sort((a, b) => order(a) - order(b));
}

function pick<T extends Found>(group: readonly T[]): T {
  return group.reduce((best, f) => (better(f, best) ? f : best));
}

function order(f: Found): number {
  return f.sentence.sentence.paragraph * 1000 + f.sentence.sentence.sentence;
}
