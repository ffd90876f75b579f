/**
 * The article's row of sources.csv: the row that already names its file, or a new one with the
 * publisher where the text names it (a copyright line or a dateline's agency: stated; its own
 * references, "an AFP correspondent", "told AFP", "an AFP tally": inferred), its headline (the first
 * line, when it reads as one) and the publication date.
 */
import type { CsvFile } from "./csvFile.ts";
import type { Published } from "./published.ts";
import type { BodyWord } from "./vocabulary.ts";

export interface SourceProposal {
  row: Record<string, string>;
  /** "data/sources.csv:3" when the article's file is already a source. */
  existing: string | null;
  doubts: string[];
}

export function proposeSource(
  article: string,
  file: string,
  published: Published,
  bodies: readonly BodyWord[],
  sources: CsvFile | undefined,
): SourceProposal {
  const known = sources?.rows.find((r) => r.cells.file === file);
  if (known && sources) return { row: known.cells, existing: `${sources.label}:${known.line}`, doubts: [] };
  const doubts: string[] = [];
  const publisher = publisherOf(article, bodies);
  const headline = headlineOf(article);
  if (!headline) doubts.push("no headline in the text: write a descriptive one");
  const base = `${slug(publisher?.name ?? "report")}-${published.date}`;
  const ids = new Set(sources?.rows.map((r) => r.cells.id));
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  const row = {
    id,
    publisher: publisher?.name ?? "",
    publisher_basis: publisher?.basis ?? "unidentified",
    headline: headline ?? `News report of ${published.date}`,
    headline_kind: headline ? "own" : "descriptive",
    published: published.date,
    date_basis: published.basis,
    date_note: published.note,
    file,
  };
  return { row, existing: null, doubts };
}

function publisherOf(
  article: string,
  bodies: readonly BodyWord[],
): { name: string; basis: "stated" | "inferred" } | undefined {
  // "Copyright The Example Herald Limited 2025.", "Copyright 2026 Gaza Wire Ltd. All rights reserved."
  const copyright =
    /^\s*(?:copyright|©)\s+(?:\(c\)\s+)?(?:\d{4}\s+)?(?:the\s+)?(.+?)(?:\s+(?:limited|ltd|inc|llc|plc)\b|\s+\d{4}|\.\s|\.?$)/im.exec(
      article,
    );
  if (copyright?.[1]) return { name: copyright[1].trim(), basis: "stated" };
  const outlets = bodies.filter(
    (b) => b.kind === "outlet" && /^[\p{Lu}]/u.test(b.words) && !/\s/.test(b.words),
  );
  const top = article.split(/\r?\n/).slice(0, 8).join("\n");
  for (const o of outlets) {
    const w = o.words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    if (new RegExp(`^[\\p{Lu} .,'-]+.{0,40}\\(${w}\\)\\s*[—–-]`, "mu").test(top))
      return { name: o.name, basis: "stated" };
  }
  for (const o of outlets) {
    const w = o.words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const own = new RegExp(
      `\\b(an? ${w} (correspondent|reporter|journalist|photographer)|told ${w}\\b|an? ${w} tally|${w} journalists? (saw|counted))`,
    );
    if (own.test(article)) return { name: o.name, basis: "inferred" };
  }
  return undefined;
}

function headlineOf(article: string): string | undefined {
  // A date line of its own ("date 2026-03-03") comes before the headline.
  const lines = article.split(/\r?\n/).filter((l) => l.trim());
  const first = (/^\s*date\s+\d{4}-\d\d-\d\d\s*$/i.test(lines[0] ?? "") ? lines[1] : lines[0])?.trim() ?? "";
  const words = first.split(/\s+/).length;
  const looks = words >= 3 && first.length <= 120 && !/[.:]$/.test(first) && first !== first.toUpperCase();
  return looks && !/^date\s+\d{4}/i.test(first) ? first : undefined;
}

function slug(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "report"
  );
}
