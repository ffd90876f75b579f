/** A notebook as terminal text, and running a notebook file directly to print it. */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { loadData } from "../data/load.ts";
import { formatProblem } from "../errors.ts";
import { buildNotebook } from "./buildNotebook.ts";
import type { Notebook, NotebookDef } from "./types.ts";

/** The notebook's figures as terminal text: sentences, disagreements, charts and the rows behind them. */
export function notebookText(nb: Notebook): string[] {
  const lines = [nb.title, "=".repeat(nb.title.length), nb.summary, "", "Sentences for copy:"];
  for (const s of nb.sentences) {
    lines.push(`  [${s.id}] ${s.text}`);
    lines.push(`      rows: ${s.rows.map((r) => `${r.ref.file}:${r.ref.line}`).join(", ")}`);
  }
  lines.push("", nb.disagreements.length ? "Where reports disagree:" : "Where reports disagree: none");
  for (const d of nb.disagreements) {
    lines.push(`  ${d.topic}`);
    for (const r of d.reports) lines.push(`    - ${r.figure}: ${r.by} (${r.row.ref.file}:${r.row.ref.line})`);
  }
  lines.push("", "Charts:");
  for (const c of nb.charts) {
    lines.push(`  ${c.id}: ${c.headline} (${c.rows.length} rows)`);
    lines.push(`      ${c.subtitle}`);
    for (const note of c.notes ?? []) lines.push(`      note: ${note}`);
  }
  if (nb.uncharted.length) {
    lines.push("", "Rows in no chart and no sentence:");
    for (const r of nb.uncharted) lines.push(`  ${r.ref.file}:${r.ref.line}`);
  }
  for (const f of nb.failures) lines.push("", `error: ${f.message}`);
  return lines;
}

/**
 * When a notebook file is run directly (npx tsx notebooks/x.ts), print its figures. Data problems
 * print as file:line:column and exit 1; a part that fails prints its one line and exits 1.
 */
export function runIfMain(moduleUrl: string): void {
  if (!process.argv[1] || resolve(process.argv[1]) !== fileURLToPath(moduleUrl)) return;
  void (async () => {
    const loaded = loadData(join(process.cwd(), "data"), "data");
    if (!loaded.ok) {
      for (const p of loaded.problems) process.stderr.write(`${formatProblem(p)}\n`);
      process.exitCode = 1;
      return;
    }
    const mod = (await import(moduleUrl)) as { default: NotebookDef };
    const file = fileURLToPath(moduleUrl).slice(process.cwd().length + 1);
    const nb = buildNotebook(mod.default, loaded.data, file);
    for (const line of notebookText(nb)) process.stdout.write(`${line}\n`);
    process.exitCode = nb.failures.length ? 1 : 0;
  })();
}
