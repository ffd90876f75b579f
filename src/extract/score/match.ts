/**
 * Proposals against gold rows, as CQE's NewsQuant benchmark scores quantities: figures match on
 * table and value (precision over proposals, recall over gold rows); among matched figures, the
 * share right of each field. Closures match on crossing, events on kind and crossing. Reporters are
 * compared ignoring case, spacing, apostrophe style and a leading article; a gold measure
 * "held_believed_dead" is "held_dead" (the schema is renaming it, moving "believed" to `hedge`).
 */
import { sameMeasure } from "../existing.ts";
import type { Proposal } from "../propose.ts";
import type { GoldRow } from "./gold.ts";

export const FIGURE_FIELDS = [
  "qualifier",
  "measure",
  "scope",
  "place",
  "as_of",
  "reported_by",
  "who",
  "hedge",
  "passage",
] as const;
export const CROSSING_FIELDS = [
  "date",
  "from",
  "precision",
  "from_precision",
  "reported_by",
  "passage",
] as const;
export type Field = (typeof FIGURE_FIELDS)[number] | (typeof CROSSING_FIELDS)[number];

export interface Tally {
  gold: number;
  proposed: number;
  matched: number;
  /** Field → [right, compared]. */
  fields: Map<string, [number, number]>;
  /** Gold rows not found and proposals matching nothing, for the report. */
  missed: string[];
  extra: string[];
}

export function emptyTally(): Tally {
  return { gold: 0, proposed: 0, matched: 0, fields: new Map(), missed: [], extra: [] };
}

const norm = (s: string | undefined) =>
  (s ?? "")
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^(the|a|an)\s+/, "")
    .replace(/\s+/g, " ")
    .trim();

/** Whether a proposed cell is right, or undefined when the gold row does not have the field. */
function fieldRight(field: string, p: Proposal, g: GoldRow): boolean | undefined {
  const gold = g.cells[field];
  // A field the gold table does not have yet (hedge, passage) is not scored.
  if (gold === undefined) return undefined;
  if (field === "scope" && g.table !== "casualties") return undefined;
  if (field === "place" && g.table === "hostages") return undefined;
  if (field === "who" && g.table === "hostages") return undefined;
  const mine = p.row[field] ?? "";
  if (field === "measure") return sameMeasure(mine, gold);
  if (field === "passage") return gold === "" ? undefined : overlaps(mine, gold);
  return norm(mine) === norm(gold);
}

/** Two locators overlap when they share a sentence ("p12.s1" and "p12.s1-s2"). */
/** Whether two passages share a sentence; each may list runs ("p3.s1; p6.s1-s2"). */
function overlaps(a: string, b: string): boolean {
  const runs = (l: string) => l.split(/;\s*/);
  return runs(a).some((x) => runs(b).some((y) => runOverlaps(x.trim(), y.trim())));
}

function runOverlaps(a: string, b: string): boolean {
  const range = (l: string) => {
    const [from, to] = l.split("-");
    const at = (x: string | undefined, p: number) => {
      const m = /^(?:p(\d+)\.)?s(\d+)$/.exec(x ?? "");
      return m ? Number(m[1] ?? p) * 1000 + Number(m[2]) : Number.NaN;
    };
    const start = at(from, 0);
    const end = to ? at(to, Math.floor(start / 1000)) : start;
    return [start, end] as const;
  };
  const [a0, a1] = range(a);
  const [b0, b1] = range(b);
  return a0 <= b1 && b0 <= a1;
}

function keyMatches(p: Proposal, g: GoldRow): boolean {
  if (p.table !== g.table) return false;
  if (g.table === "closures") return p.row.crossing === g.cells.crossing;
  if (g.table === "events") return p.row.kind === g.cells.kind && p.row.crossing === g.cells.crossing;
  return (p.row.value ?? "") === (g.cells.value ?? "");
}

/** Adds one article's proposals and gold rows of `tables` to the tally. */
export function tallyArticle(
  t: Tally,
  proposals: readonly Proposal[],
  gold: readonly GoldRow[],
  tables: readonly string[],
  fields: readonly string[],
  file: string,
): void {
  const ps = proposals.filter((p) => tables.includes(p.table));
  const gs = gold.filter((g) => tables.includes(g.table));
  t.gold += gs.length;
  t.proposed += ps.length;
  const free = new Set(ps);
  for (const g of gs) {
    const candidates = [...free].filter((p) => keyMatches(p, g));
    const score = (p: Proposal) => fields.filter((f) => fieldRight(f, p, g)).length;
    const best = candidates.sort((x, y) => score(y) - score(x))[0];
    if (!best) {
      t.missed.push(`${file}: ${g.ref} ${describe(g.cells)}`);
      continue;
    }
    free.delete(best);
    t.matched++;
    for (const f of fields) {
      const right = fieldRight(f, best, g);
      if (right === undefined) continue;
      const [r, n] = t.fields.get(f) ?? [0, 0];
      t.fields.set(f, [r + (right ? 1 : 0), n + 1]);
      if (!right)
        t.missed.push(
          `${file}: ${g.ref} ${f}: proposed ${JSON.stringify(best.row[f] ?? "")}, gold ${JSON.stringify(g.cells[f])}`,
        );
    }
  }
  for (const p of free) t.extra.push(`${file}: ${p.passage.locator} ${p.table} ${describe(p.row)}`);
}

function describe(cells: Record<string, string>): string {
  const keys = ["measure", "kind", "crossing", "value", "qualifier", "as_of", "date", "from", "reported_by"];
  return keys
    .filter((k) => cells[k])
    .map((k) => cells[k])
    .join(" · ");
}

export function share(t: Tally, field?: string): number {
  if (!field) return Number.NaN;
  const [r, n] = t.fields.get(field) ?? [0, 0];
  return n ? r / n : Number.NaN;
}

export function precision(t: Tally): number {
  return t.proposed ? t.matched / t.proposed : Number.NaN;
}

export function recall(t: Tally): number {
  return t.gold ? t.matched / t.gold : Number.NaN;
}
