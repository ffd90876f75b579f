/** npm run check: parse the command line and validate the project. */
import { resolve } from "node:path";
import type { Io } from "../pipeline/report.ts";
import { COMMON, parse, usage } from "./args.ts";

const OPTIONS = COMMON;

const ABOUT = `Validates every table in data/ and builds every notebook in memory (without
rendering). Prints one line per table (rows, sources used) and per notebook
(charts, sentences), or every problem as data/FILE.csv:LINE:COLUMN: message and
every chart that could not be built, naming its notebook, and exits 1.
When check exits 0, npm run charts can build every chart.`;

export async function check(argv: readonly string[], io: Io, cwd = process.cwd()): Promise<number> {
  const { values } = parse(argv, OPTIONS, "npm run check");
  if (values.help) {
    io.out(usage("npm run check [-- --root DIR]", ABOUT, OPTIONS));
    return 0;
  }
  const { checkProject } = await import("../pipeline/checkProject.ts");
  return checkProject(resolve(cwd, values.root ?? "."), io);
}
