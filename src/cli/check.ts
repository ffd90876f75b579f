import { parseArgs } from "node:util";
import { names } from "../cite/names.ts";
import { TABLES } from "../data/schema.ts";
import { loadOrFail } from "./data.ts";
import { CliError, type Io } from "./errors.ts";

const USAGE = `Usage: npm run check [-- --root DIR]

Validates every table in data/ and prints one line per table (rows, sources
used), or every problem as data/FILE.csv:LINE:COLUMN: message, and exits 1.

Options:
  --root DIR   project folder holding data/ (default: current folder)
  --help       show this help`;

export function check(argv: string[], io: Io, cwd = process.cwd()): number {
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
  const data = loadOrFail(values.root ?? cwd);
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
  io.out(`ok: ${Object.keys(TABLES).length} tables valid`);
  return 0;
}
