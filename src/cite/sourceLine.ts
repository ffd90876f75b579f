/** Source lines derived from the rows a chart plots, in house style. */
import { ascending, groups, least } from "d3-array";
import type { Source } from "../data/schema.ts";
import { formatDate, formatDateRange, listDates } from "../format/date.ts";
import { andList } from "../text/words.ts";
import type { CitedRow, Credit, Names } from "./names.ts";

/** One part of a source line: reporters cited via an outlet, or an outlet's own figures. */
interface Part {
  /** The publisher's display name; null when the text does not identify it ("news report"). */
  outlet: string | null;
  /** Display names of the reporters cited; empty for figures the outlet states itself. */
  reporters: string[];
  articles: Source[];
  /** The outlet also gives figures of its own in these articles: "AFP, citing officials". */
  ownToo?: boolean;
}

/**
 * The source line for the rows a chart plots: "Sources: Gaza health ministry via AFP;
 * Israeli officials via Financial Times; news reports (6 and 25 January 2026)".
 * Each outlet and reporter is named once, by its display name; dates are given where an
 * outlet has more than one article among the rows, and for unidentified publications.
 * `fits` says whether a line is short enough; shorter forms are tried in turn (unidentified
 * publications pooled, reporters dropped, dates dropped), and the full attribution stays in
 * the alt text, page and figures.json. Throws if there are no rows: a chart without sources
 * must not render.
 */
export function sourceLine(
  rows: readonly CitedRow[],
  names: Names,
  fits: (line: string) => boolean = () => true,
) {
  if (rows.length === 0) throw new Error("no rows: a source line needs the rows a chart plots");
  const credited = rows.map((row) => ({ row, credit: names.credit(row) }));
  const variants = [
    render(partsOf(credited, names, { pool: false, reporters: true }), true),
    render(partsOf(credited, names, { pool: true, reporters: true }), true),
    render(partsOf(credited, names, { pool: true, reporters: false }), true),
    render(partsOf(credited, names, { pool: true, reporters: false }), false),
  ];
  return variants.find(fits) ?? variants[variants.length - 1] ?? "";
}

type Credited = { row: CitedRow; credit: Credit };

function partsOf(
  credited: readonly Credited[],
  names: Names,
  how: { pool: boolean; reporters: boolean },
): Part[] {
  const key = (c: Credited) => {
    const outlet = c.credit.publisher?.display ?? "";
    if (!how.reporters || c.credit.unattributed) return `${outlet}|own`;
    // Unidentified publications are told apart per reporter, unless pooled.
    return outlet || how.pool ? `${outlet}|cited` : `|cited|${names.voice(c.row.reported_by).display}`;
  };
  const parts = groups(credited, key).map(([, list]): Part => {
    const first = list[0];
    const articles = [...new Map(list.map((c) => [c.credit.source.id, c.credit.source])).values()].sort(
      (a, b) => ascending(+a.published, +b.published) || ascending(a.id, b.id),
    );
    const cited = how.reporters ? list.filter((c) => !c.credit.unattributed) : [];
    const reporters = groups(cited, (c) => names.voice(c.row.reported_by).display)
      .map(([display, cs]) => ({ display, first: least(cs.map((c) => +c.credit.source.published)) ?? 0 }))
      .sort((a, b) => ascending(a.first, b.first) || ascending(a.display, b.display))
      .map((r) => r.display);
    return { outlet: first?.credit.publisher?.display ?? null, reporters, articles };
  });
  // By first article; of one outlet, the reporters it cites before its own figures.
  return withoutOwnCovered(parts).sort(
    (a, b) =>
      ascending(+(a.articles[0]?.published ?? 0), +(b.articles[0]?.published ?? 0)) ||
      ascending(a.outlet ?? "", b.outlet ?? "") ||
      ascending(b.reporters.length, a.reporters.length) ||
      ascending(a.reporters.join("|"), b.reporters.join("|")),
  );
}

/**
 * An outlet's own figures take no part of their own when the same articles also cite reporters:
 * the covering part of fewest articles is the outlet's, citing its reporters, "AFP, citing
 * officials (7 May 2024)", so the outlet's own estimate is credited to it and its dates are not
 * given twice. A report whose publisher is unidentified reads the same way: "news report, citing
 * Hamas (6 January 2026)".
 */
function withoutOwnCovered(parts: readonly Part[]): Part[] {
  const ids = (p: Part) => p.articles.map((a) => a.id);
  // Of the parts that cover them, the one of fewest articles: the very report, where there is one.
  const covering = (own: Part) =>
    own.reporters.length > 0
      ? undefined
      : least(
          parts.filter(
            (cited) =>
              cited.reporters.length > 0 &&
              cited.outlet === own.outlet &&
              ids(own).every((id) => ids(cited).includes(id)),
          ),
          (cited) => cited.articles.length,
        );
  const covered = new Map(parts.map((own) => [own, covering(own)]));
  const withOwn = new Set([...covered.values()].filter((p) => p !== undefined));
  return parts.filter((p) => !covered.get(p)).map((p) => (withOwn.has(p) ? { ...p, ownToo: true } : p));
}

function render(parts: readonly Part[], dates: boolean): string {
  const name = (p: Part) => p.outlet ?? (p.articles.length > 1 ? "news reports" : "news report");
  const when = (p: Part) => listDates(p.articles.map((a) => a.published)) ?? datesSpan(p.articles);
  // Every outlet with its dates, so no date reads as another outlet's: "AFP (7 May 2024) and via
  // news report (25 January 2026)", each "via" repeated so the second is not read as a reporter;
  // outlets of the same dates share them: "AFP and Financial Times (7 May 2024)". Shorter forms
  // drop the dates.
  const outletsOf = (list: readonly Part[], cited: boolean) => {
    const names = [...new Set(list.map(name))];
    const via = cited ? "via " : "";
    if (!dates) return `${via}${andList(names)}`;
    const days = [...new Set(list.map(when))];
    return days.length === 1
      ? `${via}${andList(names)} (${days[0] ?? ""})`
      : andList([...new Set(list.map((p) => `${via}${name(p)} (${when(p)})`))]);
  };
  // The same reporters cited by several outlets are named once: "Benjamin Netanyahu via AFP and Reuters".
  const texts = groups(parts, (p) =>
    p.reporters.length ? p.reporters.join("\u0000") : `\u0001${p.outlet ?? ""}`,
  ).map(([, list]) => {
    const reporters = list[0]?.reporters ?? [];
    const outlets = outletsOf(list, reporters.length > 0);
    // An outlet that gives figures of its own cites the rest: "AFP, citing officials (7 May 2024)".
    const own = list.length === 1 && list[0]?.ownToo ? list[0] : undefined;
    if (own) return `${name(own)}, citing ${andList(reporters)}${dates ? ` (${when(own)})` : ""}`;
    // Names as they are written: proper names keep their capitals, common nouns stay lower case
    // in the list ("Sources: AFP; news reports (6 and 25 January 2026)").
    return reporters.length ? `${andList(reporters)} ${outlets}` : outlets;
  });
  const unique = [...new Set(texts)];
  const several = unique.length > 1 || new Set(parts.flatMap((p) => p.articles.map((a) => a.id))).size > 1;
  return `${several ? "Sources" : "Source"}: ${unique.join("; ")}`;
}

function datesSpan(articles: Source[]): string {
  const first = articles[0];
  const last = articles[articles.length - 1];
  return first && last ? formatDateRange(first.published, last.published) : "";
}

/** "AFP (7 May 2024)", or "news report (6 January 2026)" when the text names no publisher: one article, for source lists on pages. */
export function articleCitation(source: Source): string {
  return `${source.publisher ?? "news report"} (${formatDate(source.published)})`;
}
