import type { Source } from "../data/schema.ts";
import { formatShortDate } from "../format/date.ts";

/** What a source line needs of a row: who reported it and which article. */
export interface CitedRow {
  reported_by: string;
  source: string;
}

/** The name a source line uses for an article's publisher. */
export function publisherName(source: Source): string {
  return source.publisher ?? "unidentified publication";
}

/** "AFP (7 May 2024)". */
export function articleCitation(source: Source): string {
  return `${publisherName(source)} (${formatShortDate(source.published)})`;
}

/**
 * The source line for the rows a chart plots, derived from who reported each
 * figure and each row's article: "Source: Gaza health ministry, via AFP (7 May 2024)".
 * Reporters citing the same articles are named together; figures an article
 * states in its own voice ("unattributed") credit the article alone.
 * Throws if a row has no source: a chart without sources must not render.
 */
export function sourceLine(rows: readonly CitedRow[], sources: readonly Source[]): string {
  if (rows.length === 0) throw new Error("no rows: a source line needs the rows a chart plots");
  const byId = new Map(sources.map((s) => [s.id, s]));
  // reporter → articles, in order of first appearance, articles sorted by date.
  const reporters = new Map<string, Source[]>();
  for (const row of rows) {
    const source = byId.get(row.source);
    if (!source) throw new Error(`unknown source: ${row.source}`);
    const list = reporters.get(row.reported_by) ?? [];
    if (!list.includes(source)) list.push(source);
    reporters.set(row.reported_by, list);
  }
  // Group reporters that cite exactly the same articles.
  const groups = new Map<string, { reporters: string[]; articles: Source[] }>();
  for (const [reporter, articles] of reporters) {
    articles.sort((a, b) => +a.published - +b.published || a.id.localeCompare(b.id));
    // Figures an article states itself are credited apart from named reporters.
    const key = `${reporter === "unattributed" ? "own" : "named"}|${articles.map((a) => a.id).join("|")}`;
    const group = groups.get(key) ?? { reporters: [], articles };
    group.reporters.push(reporter);
    groups.set(key, group);
  }
  const parts = [...groups.values()]
    .sort((a, b) => +a.articles[0]!.published - +b.articles[0]!.published)
    .map(({ reporters: names, articles }) => {
      const cited = citeArticles(articles);
      if (names[0] === "unattributed") return capitalise(cited);
      return `${capitalise(andList(names))}, via ${cited}`;
    });
  return `${parts.length > 1 ? "Sources" : "Source"}: ${parts.join("; ")}`;
}

/**
 * Articles grouped by publisher, dates in order: "AFP (7 May 2024) and
 * unidentified publications (6 Jan 2026 and 25 Jan 2026)".
 */
export function citeArticles(articles: readonly Source[]): string {
  const byPublisher = new Map<string, Source[]>();
  for (const a of articles)
    byPublisher.set(publisherName(a), [...(byPublisher.get(publisherName(a)) ?? []), a]);
  return andList(
    [...byPublisher].map(([name, list]) => {
      const plural = list.length > 1 && !list[0]!.publisher ? "unidentified publications" : name;
      return `${plural} (${andList(list.map((a) => formatShortDate(a.published)))})`;
    }),
  );
}

/** "a", "a and b", "a, b and c". */
export function andList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
