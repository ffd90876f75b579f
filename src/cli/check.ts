/** npm run check: parse the command line and validate the project. */
import { resolve } from "node:path";
import type { Io } from "../pipeline/report.ts";
import { COMMON, parse, usage } from "./args.ts";

const OPTIONS = {
  passages: {
    type: "string",
    description: "print the article of a source with every sentence numbered (p12.s1), to write a passage",
    arg: "SOURCE_ID",
  },
  ...COMMON,
} as const;

const ABOUT = `Validates every table in data/ and builds every notebook in memory (without
rendering), and checks each row against the passage of its article that it
points at (../shared/articles). Prints one line per table (rows, sources used)
and per notebook (charts, sentences), a warning per row with no passage (with the
sentences that could give it), or every problem as data/FILE.csv:LINE:COLUMN:
message and every chart that could not be built, naming its notebook, and exits 1.
When check exits 0, npm run charts can build every chart.`;

export async function check(argv: readonly string[], io: Io, cwd = process.cwd()): Promise<number> {
  const { values } = parse(argv, OPTIONS, "npm run check");
  if (values.help) {
    io.out(usage("npm run check [-- --passages SOURCE_ID] [-- --root DIR]", ABOUT, OPTIONS));
    return 0;
  }
  const root = resolve(cwd, values.root ?? ".");
  if (values.passages !== undefined) {
    const { printPassages } = await import("../pipeline/checkPassages.ts");
    return printPassages(root, values.passages, io);
  }
  const { checkProject } = await import("../pipeline/checkProject.ts");
  return checkProject(root, io);
}
