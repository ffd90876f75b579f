/** npm run extract -- ARTICLE.txt: propose rows for every table from an article, for review. */
import { existsSync } from "node:fs";
import { basename, relative, resolve } from "node:path";
import type { Io } from "../pipeline/report.ts";
import { UserError } from "../errors.ts";
import { COMMON, parse, usage, type Options } from "./args.ts";

const OPTIONS = {
  published: {
    type: "string",
    description: "the publication date, when the text has no 'date YYYY-MM-DD' line or dateline",
    arg: "YYYY-MM-DD",
  },
  json: { type: "boolean", description: "print the proposals as JSON instead of the review table" },
  write: {
    type: "boolean",
    description: "append the rows not already in data/ to their tables (and the source row if new)",
  },
  score: {
    type: "boolean",
    description:
      "score the extractor on the gold set (the articles of data/sources.csv and their rows) and the development set (test/extract/dev)",
  },
  ...COMMON,
} as const satisfies Options;

const ABOUT = `Reads a plain-text article (UTF-8) and proposes rows for sources, casualties, hostages,
humanitarian, closures and events, each with the passage that backs it (p12.s1), a confidence and
the reason for anything doubtful. A row already in data/ is marked "already in data/FILE.csv:LINE";
a figure that differs from another report of the same measure and day is a new report beside it.
Nothing is written without --write. Then read git diff and run npm run check.`;

export async function extract(argv: readonly string[], io: Io, cwd = process.cwd()): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS, "npm run extract", true);
  if (values.help) {
    io.out(usage("npm run extract -- ARTICLE.txt [options]", ABOUT, OPTIONS));
    return 0;
  }
  const root = resolve(cwd, values.root ?? ".");
  if (values.score) {
    if (positionals.length)
      throw new UserError("--score takes no article: it reads the gold and development sets");
    const { scoreCommand } = await import("../extract/score/command.ts");
    return scoreCommand(root, io);
  }
  if (positionals.length !== 1)
    throw new UserError(
      `${positionals.length ? "one article at a time" : "no article given"}: npm run extract -- ARTICLE.txt`,
    );
  const path = resolve(cwd, positionals[0] ?? "");
  const label = relative(cwd, path) || basename(path);
  const { loadVocabulary } = await import("../extract/vocabulary.ts");
  const { extractFile, readTables } = await import("../extract/extract.ts");
  const { reviewJson, reviewLines } = await import("../extract/review.ts");
  const vocabulary = loadVocabulary(root);
  const tables = readTables(root);
  const today = new Date().toISOString().slice(0, 10);
  const x = extractFile(path, label, { vocabulary, tables, published: values.published, today });
  if (values.json) io.out(reviewJson(x));
  else for (const line of reviewLines(x)) io.out(line);
  if (values.write) {
    const { writeProposals } = await import("../extract/write.ts");
    const written = writeProposals(root, x, tables);
    const say = values.json ? io.err : io.out;
    if (!written.length) say("Nothing to write: every row is already in data/.");
    for (const w of written) say(`wrote ${w.rows} row${w.rows === 1 ? "" : "s"} to ${w.file}`);
    const articles = resolve(root, "..", "shared", "articles");
    if (written.length && !x.source.existing && !existsSync(resolve(articles, basename(path))))
      say(
        `Copy the article to ${relative(cwd, articles)}/ before npm run check: sources.csv names it there.`,
      );
  }
  return 0;
}
