/**
 * The house copy style (src/style/copy.ts, data/STYLE.md) run over everything a notebook writes:
 * sentences and entries for copy, and each chart's headline, subtitle, notes, alt text and source
 * line. Beside the rules of one text, the rules that need the rows:
 * - one name per body: a chart, or one sentence, names a body (rows sharing a display name in
 *   data/reporters.csv) one way;
 * - hedges travel: a sentence, or a chart's alt text, that uses a hedged row carries its hedge.
 * Used by every scenario (test/scenarios/harness.ts) and by test/style/outputs.test.ts.
 */
import type { ChartSpec } from "../../src/chart.ts";
import type { Names } from "../../src/cite/names.ts";
import { sourceLine } from "../../src/cite/sourceLine.ts";
import type { Notebook } from "../../src/notebook/types.ts";
import { copyProblems, type CopyKind } from "../../src/style/copy.ts";

/** Every text of a chart, by kind. */
export function chartTexts(c: ChartSpec, names: Names): { kind: CopyKind; text: string }[] {
  return [
    { kind: "headline", text: c.headline },
    { kind: "subtitle", text: c.subtitle },
    ...(c.notes ?? []).map((text) => ({ kind: "note" as const, text })),
    { kind: "alt", text: c.alt },
    { kind: "source", text: sourceLine(c.rows, names) },
  ];
}

/** The names of bodies the rows credit, grouped by body: each body's names that are not part of another. */
function bodiesOf(rows: readonly { reported_by: string }[], names: Names): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const r of rows) {
    const voice = names.voice(r.reported_by);
    const set = out.get(voice.display) ?? new Set<string>();
    set.add(voice.name);
    set.add(voice.display);
    out.set(voice.display, set);
  }
  return new Map([...out].map(([k, v]) => [k, [...v]]));
}

/** Names of one body that a text uses, leaving out a name inside a longer one used ("Gaza health ministry" in "Hamas-run Gaza health ministry"). */
function namesUsed(text: string, all: readonly string[]): string[] {
  const used = all.filter((n) => text.includes(n));
  return used.filter((n) => !used.some((m) => m !== n && m.includes(n)));
}

function oneNamePerBody(
  where: string,
  text: string,
  rows: readonly { reported_by: string }[],
  names: Names,
): string[] {
  return [...bodiesOf(rows, names)].flatMap(([body, all]) => {
    const used = namesUsed(text, all);
    return used.length > 1
      ? [`${where}: one body named ${used.length} ways (${used.join(" / ")}) for ${body}`]
      : [];
  });
}

function hedgesCarried(where: string, text: string, rows: readonly object[]): string[] {
  const hedges = new Set(
    rows.flatMap((r) => ("hedge" in r && typeof r.hedge === "string" && r.hedge ? [r.hedge] : [])),
  );
  return [...hedges]
    .filter((h) => !text.toLowerCase().includes(h))
    .map((h) => `${where}: hedge "${h}" of its rows dropped`);
}

/** Every copy-style problem in built notebooks, "where: what" for a failing assertion. */
export function outputProblems(notebooks: readonly Notebook[], names: Names): string[] {
  const out: string[] = [];
  for (const nb of notebooks) {
    for (const s of nb.sentences) {
      const where = `${nb.id}/${s.id}`;
      for (const p of copyProblems({ kind: s.kind === "entry" ? "entry" : "sentence", text: s.text }))
        out.push(`${where}: ${p}`);
      out.push(...oneNamePerBody(where, s.text, s.rows, names), ...hedgesCarried(where, s.text, s.rows));
    }
    for (const c of nb.charts) {
      const texts = chartTexts(c, names);
      for (const t of texts) for (const p of copyProblems(t)) out.push(`${nb.id}/${c.id} ${t.kind}: ${p}`);
      const chart = texts
        .filter((t) => t.kind !== "source" && t.kind !== "alt")
        .map((t) => t.text)
        .join("\n");
      out.push(...oneNamePerBody(`${nb.id}/${c.id}`, chart, c.rows, names));
      out.push(...hedgesCarried(`${nb.id}/${c.id} alt`, c.alt, c.rows));
    }
  }
  return out;
}
