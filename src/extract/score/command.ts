/**
 * npm run extract:score: precision and recall of figures and the share right of each field, on
 * both sets, beside the issue's targets; then the time of the longest article through the command
 * as typed. Targets are printed, not enforced: the test with floors is test/extract/score.test.ts.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { relative } from "node:path";
import type { Io } from "../../pipeline/report.ts";
import { loadVocabulary } from "../vocabulary.ts";
import { CROSSING_FIELDS, FIGURE_FIELDS, precision, recall, share, type Tally } from "./match.ts";
import { goldSets, scoreSet, type SetScore } from "./score.ts";

/** The issue's targets on our five articles. */
export const TARGETS: Record<string, number> = {
  recall: 0.95,
  precision: 0.9,
  qualifier: 0.97,
  as_of: 0.9,
  reported_by: 0.85,
  measure: 0.9,
  scope: 0.9,
};

const pct = (x: number) => (Number.isNaN(x) ? "  n/a" : `${(x * 100).toFixed(1).padStart(5)}%`);

function fieldLines(
  t: Tally,
  fields: readonly string[],
  targets: Record<string, number> = TARGETS,
): string[] {
  return fields
    .filter((f) => t.fields.has(f))
    .map((f) => {
      const [r, n] = t.fields.get(f) ?? [0, 0];
      const goal = targets[f];
      const target = goal === undefined ? "" : `   target ≥ ${goal * 100}%`;
      return `    ${f.padEnd(14)} ${pct(share(t, f))}  (${r}/${n})${target}`;
    });
}

export function scoreLines(s: SetScore, verbose: boolean): string[] {
  const { figures: f, crossings: c } = s;
  const lines = [
    `${s.set.name} set: ${s.set.articles.length} articles (${s.set.where})`,
    `  figures: ${f.gold} gold, ${f.proposed} proposed, ${f.matched} matched on table and value`,
    `    recall         ${pct(recall(f))}   target ≥ 95%`,
    `    precision      ${pct(precision(f))}   target ≥ 90%`,
    `  fields right among matched figures:`,
    ...fieldLines(f, FIGURE_FIELDS),
    `  closures and events: ${c.gold} gold, ${c.proposed} proposed, ${c.matched} matched on table, crossing and kind`,
    `    recall         ${pct(recall(c))}`,
    `    precision      ${pct(precision(c))}`,
    ...fieldLines(c, CROSSING_FIELDS, {}),
    `  time in process: ${s.times.map((t) => `${Math.round(t)} ms`).join(", ")}`,
  ];
  if (verbose) {
    lines.push("  gold rows missed or fields wrong:", ...[...f.missed, ...c.missed].map((m) => `    ${m}`));
    lines.push("  proposals matching no gold row:", ...[...f.extra, ...c.extra].map((m) => `    ${m}`));
  }
  return lines;
}

export function scoreCommand(root: string, io: Io): number {
  const vocabulary = loadVocabulary(root);
  const scores = goldSets(root).map((set) => scoreSet(set, vocabulary));
  for (const s of scores) {
    for (const line of scoreLines(s, true)) io.out(line);
    io.out("");
  }
  const timed = longest(scores);
  if (timed) io.out(timing(root, timed));
  return 0;
}

/** The longest article of the sets, in words. */
function longest(scores: SetScore[]): { path: string; words: number } | undefined {
  const all = scores.flatMap((s) => s.set.articles.map((a) => a.path));
  const sized = all.map((path) => ({
    path,
    words: readFileSync(path, "utf8").split(/\s+/).filter(Boolean).length,
  }));
  return sized.sort((a, b) => b.words - a.words)[0];
}

/** `npm run extract -- ARTICLE` as typed, five times: the median wall time against the 1 s target. */
function timing(root: string, article: { path: string; words: number }): string {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const r = spawnSync("npm", ["run", "--silent", "extract", "--", article.path], {
      cwd: root,
      encoding: "utf8",
    });
    if (r.status !== 0) return `time: npm run extract failed on ${article.path}: ${r.stderr.split("\n")[0]}`;
    runs.push(performance.now() - started);
  }
  const median = [...runs].sort((a, b) => a - b)[2] ?? Number.NaN;
  // Other work on the machine slows every run: say how busy it was.
  const load = loadavg()[0]?.toFixed(1) ?? "?";
  return `time: npm run extract -- ${relative(root, article.path)} (${article.words} words), median of 5 runs: ${(median / 1000).toFixed(2)} s (target ≤ 1 s on two cores; runs ${runs.map((r) => (r / 1000).toFixed(2)).join(", ")} s; load average ${load} on ${cpus().length} cores)`;
}
