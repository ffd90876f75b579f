import { parseArgs } from "node:util";
import { names } from "../cite/names.ts";
import { TABLES } from "../data/schema.ts";
import { exitCode, reportFailures, unchartedLines } from "./charts.ts";
import { loadProject } from "./project.ts";
import { CliError, type Io } from "./errors.ts";

const USAGE = `Usage: npm run check [-- --root DIR]

Validates every table in data/ and builds every notebook in memory (without
rendering). Prints one line per table (rows, sources used) and per notebook
(charts, sentences), or every problem as data/FILE.csv:LINE:COLUMN: message and
every chart that could not be built, naming its notebook, and exits 1.
When check exits 0, npm run charts can build every chart.

Options:
  --root DIR   project folder holding data/ (default: current folder)
  --help       show this help`;

export async function check(argv: string[], io: Io, cwd = process.cwd()): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { root: { type: "string" }, help: { type: "boolean" } },
    }));
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${USAGE.split("\n")[0]}`);
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const root = values.root ?? cwd;
  const { data, notebooks, failures } = await loadProject(root);
  for (const [name, spec] of Object.entries(TABLES)) {
    const rows = data[name as keyof typeof data] as { source?: string; id?: string }[];
    const summary =
      name === "sources"
        ? `ids: ${rows.map((r) => r.id ?? "").join(", ")}`
        : "source" in spec.columns
          ? `sources: ${[...new Set(rows.map((r) => r.source ?? ""))].sort().join(", ")}`
          : spec.about;
    io.out(`data/${spec.file.padEnd(17)} ${String(rows.length).padStart(3)} rows  ${summary}`);
  }
  const unlisted = names(data).unlisted(
    [data.casualties, data.hostages, data.closures, data.events, data.humanitarian].flatMap((rows) =>
      rows.map((r) => r.reported_by),
    ),
  );
  if (unlisted.length) {
    io.out(
      `note: ${unlisted.length} reporter${unlisted.length === 1 ? " is" : "s are"} not in data/reporters.csv and read${unlisted.length === 1 ? "s" : ""} as written, singular, without "the". To change that, add:`,
    );
    for (const name of unlisted)
      io.out(`  ${/[",]/.test(name) ? `"${name.replaceAll('"', '""')}"` : name},,,singular,`);
  }
  for (const nb of notebooks) {
    const built = nb.charts.length;
    io.out(
      `${nb.file.padEnd(24)} ${String(built).padStart(3)} of ${nb.chartIds.length} charts, ${nb.sentences.length} sentences`,
    );
  }
  for (const line of unchartedLines(notebooks)) io.out(line);
  if (failures.length) {
    reportFailures(failures, io, "npm run charts would keep its previous files");
    return exitCode(failures);
  }
  io.out(`ok: ${Object.keys(TABLES).length} tables valid, ${notebooks.length} notebooks built`);
  return 0;
}
