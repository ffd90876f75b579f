import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadOrFail } from "../cli/data.ts";
import { runMain } from "../cli/errors.ts";
import type { BuildNotebook, Notebook } from "./types.ts";

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
  for (const c of nb.charts) lines.push(`  ${c.id}: ${c.headline} (${c.rows.length} rows)`);
  return lines;
}

/** When a notebook file is run directly (npx tsx notebooks/x.ts), print its figures. */
export function runIfMain(moduleUrl: string, build: BuildNotebook): void {
  if (!process.argv[1] || resolve(process.argv[1]) !== fileURLToPath(moduleUrl)) return;
  void runMain((_argv, io) => {
    const nb = build(loadOrFail(process.cwd()));
    for (const line of notebookText(nb)) io.out(line);
  });
}
