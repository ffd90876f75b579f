/**
 * What an editor reads: a review table per table (each row's cells, its passage, its confidence and
 * why it is doubtful or already in the data), or the same as JSON for tools. Passages are printed to
 * the terminal only; nothing here is written to a file.
 */
import { PROPOSED_TABLES } from "./columns.ts";
import type { Extraction } from "./extract.ts";
import type { Proposal } from "./propose.ts";

/** Below this confidence a row is marked doubtful even with no reason given. */
export const DOUBTFUL_BELOW = 0.7;

/** Columns a review line leaves out: the same on every row, or shown on the line below. */
const QUIET = new Set(["source", "passage", "note", "hedge", "label"]);

export function reviewLines(x: Extraction): string[] {
  const s = x.source;
  const lines = [
    `source ${s.row.id}: ${s.row.publisher || "publisher not identified"} (${s.row.publisher_basis}), published ${s.row.published} (${s.row.date_basis})${s.existing ? `, already in ${s.existing}` : ", new"}`,
    `  headline (${s.row.headline_kind}): ${s.row.headline}`,
    ...s.doubts.map((d) => `  doubtful: ${d}`),
  ];
  for (const table of PROPOSED_TABLES) {
    const rows = x.rows.filter((r) => r.table === table);
    if (!rows.length) continue;
    const already = rows.filter((r) => r.duplicate_of).length;
    lines.push(
      "",
      `${table}: ${rows.length} proposed${already ? `, ${already} already in data/${table}.csv` : ""}`,
    );
    for (const r of rows) lines.push(...rowLines(r));
  }
  const doubtful = x.rows.filter(isDoubtful).length;
  const fresh = x.rows.filter((r) => !r.duplicate_of).length;
  lines.push(
    "",
    `${x.rows.length} rows proposed: ${fresh} new, ${x.rows.length - fresh} already in data, ${doubtful} doubtful.`,
  );
  if (fresh) lines.push("Nothing is written without --write; then read git diff and run npm run check.");
  return lines;
}

export function isDoubtful(r: Proposal): boolean {
  return r.doubts.length > 0 || r.confidence < DOUBTFUL_BELOW;
}

function rowLines(r: Proposal): string[] {
  const cells = Object.entries(r.row)
    .filter(([k, v]) => !QUIET.has(k) && v !== "")
    .map(([, v]) => v);
  const hedge = r.row.hedge ? ` · hedge: ${r.row.hedge}` : "";
  const label = r.row.label ? ` · “${r.row.label}”` : "";
  const mark = r.duplicate_of ? "=" : isDoubtful(r) ? "?" : "+";
  const out = [`  ${mark} ${r.confidence.toFixed(2)}  ${cells.join(" · ")}${hedge}${label}`];
  out.push(`         ${r.passage.locator}: ${r.passage.text}`);
  if (r.duplicate_of)
    out.push(
      `         already in ${r.duplicate_of}${r.differs.length ? `; the table has ${r.differs.join(", ")}` : ""}`,
    );
  for (const b of r.beside) out.push(`         a new report beside ${b}: not a replacement`);
  for (const d of r.doubts) out.push(`         doubtful: ${d}`);
  if (!r.doubts.length && r.confidence < DOUBTFUL_BELOW) out.push(`         doubtful: low confidence`);
  return out;
}

/** The --json document: the source and every row with its passage, confidence and duplicate. */
export function reviewJson(x: Extraction): string {
  return JSON.stringify(
    {
      source: { ...x.source.row, already_in: x.source.existing, doubts: x.source.doubts },
      rows: x.rows.map((r) => ({
        table: r.table,
        row: r.row,
        passage: r.passage,
        confidence: r.confidence,
        doubts: r.doubts,
        duplicate_of: r.duplicate_of,
        differs: r.differs,
        beside: r.beside,
      })),
    },
    null,
    2,
  );
}
