/** npm run charts: parse the command line and run a build, a check or a watch. */
import { resolve } from "node:path";
import type { Io } from "../pipeline/report.ts";
import type { BuildOptions } from "../pipeline/config.ts";
import { UserError } from "../errors.ts";
import { FORMATS, type Format } from "../output/formats.ts";
import { THEMES, type Theme } from "../style/theme.ts";
import { COMMON, parse, usage, type Options } from "./args.ts";

const OPTIONS = {
  out: { type: "string", description: "write into DIR instead of charts/", arg: "DIR" },
  format: {
    type: "string",
    description: `formats to write, comma-separated: ${FORMATS.join(",")} (default all)`,
    arg: "LIST",
  },
  force: { type: "boolean", description: "render every chart, even those whose inputs have not changed" },
  watch: { type: "boolean", description: "keep running; re-render charts whose CSVs or notebooks change" },
  check: {
    type: "boolean",
    description:
      "write nothing; exit 1 listing every file that differs from what the data produces (with ids, only those charts' files)",
  },
  theme: {
    type: "string",
    description: `colours: ${THEMES.join(", ")} (default auto: both palettes, switched by the reader's light or dark setting; light or dark forces one, for pages without dark mode)`,
    arg: "NAME",
  },
  ...COMMON,
} as const satisfies Options;

const ABOUT = `Renders every chart (or the charts and notebooks named by id) into charts/:
<notebook>/<id>.svg (640 px), <id>.mobile.svg (360 px), <id>.png and <id>.mobile.png (2×),
<id>.social.png (1200 × 675), <id>.csv (the chart's rows), each notebook's index.html and
figures.json, and charts/index.html. Charts whose rows, words and code have not changed since
the last run are not drawn again (--force draws them all).`;

export interface ChartsCommand extends BuildOptions {
  watch: boolean;
  check: boolean;
  help: boolean;
}

function parseChartsArgs(argv: readonly string[], cwd: string): ChartsCommand {
  const { values, positionals } = parse(argv, OPTIONS, "npm run charts", true);
  const formats = (values.format ?? FORMATS.join(","))
    .split(",")
    .map((f) => f.trim())
    .filter(Boolean);
  const known = (f: string): f is Format => (FORMATS as readonly string[]).includes(f);
  const unknown = formats.filter((f) => !known(f));
  if (unknown.length)
    throw new UserError(`unknown format: ${unknown.join(", ")} (expected ${FORMATS.join(", ")})`);
  if (values.watch && values.check) throw new UserError("--watch and --check cannot be used together");
  const theme = values.theme ?? "auto";
  const isTheme = (t: string): t is Theme => (THEMES as readonly string[]).includes(t);
  if (!isTheme(theme)) throw new UserError(`unknown theme: ${theme} (expected ${THEMES.join(", ")})`);
  const root = resolve(cwd, values.root ?? ".");
  return {
    root,
    out: resolve(root, values.out ?? "charts"),
    formats: formats.filter(known),
    ids: positionals,
    force: values.force ?? false,
    theme,
    watch: values.watch ?? false,
    check: values.check ?? false,
    help: values.help ?? false,
  };
}

/** The charts command as a function: argv and injected output in, exit code out. Modules load lazily. */
export async function charts(argv: readonly string[], io: Io, cwd = process.cwd()): Promise<number> {
  const options = parseChartsArgs(argv, cwd);
  if (options.help) {
    io.out(usage("npm run charts -- [ids...] [options]", ABOUT, OPTIONS));
    return 0;
  }
  if (options.watch) {
    const { watch } = await import("../pipeline/watch.ts");
    return watch(options, io);
  }
  if (options.check) return (await import("../pipeline/checkCharts.ts")).checkCharts(options, io);
  // Hashed once, before anything is read: for the run with nothing to do, and for the build.
  const { nothingChanged, runPrints } = await import("../pipeline/runPrints.ts");
  const prints = runPrints(options);
  if (!options.force && nothingChanged(options, io, prints)) return 0;
  return (await import("../pipeline/build.ts")).build(options, io, prints);
}
