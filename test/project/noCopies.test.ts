/**
 * The house rule, held by a test: the project cites the articles in ../shared/articles (a row
 * points at its passage, p12.s1), it never copies their sentences into code, tests, data or
 * committed outputs. Every committed text file is read as words, lower case with curly apostrophes
 * made straight, and fails when it shares a run of 8 words with an article. The message names each
 * file, how many runs it shares and the first, so an editor can rewrite it in their own words or
 * cite the passage instead.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { test } from "node:test";
import Papa from "papaparse";

const ARTICLES = resolve("..", "shared", "articles");
const RUN = 8;

/**
 * Outputs the notebooks write (charts/) and the tests that assert on them (test/scenarios/) state
 * the articles' facts in the same news register, so a fact's own wording recurs in them (a figure with its qualifier and verb): that is a figure told, not a sentence copied. They are held to
 * a run of GENERATED_RUN words, a sentence's worth of an article's phrasing; text people write (data,
 * code, other tests, docs) is held to RUN.
 */
const GENERATED_RUN = 12;
const GENERATED = ["charts/", "test/scenarios/"];

/**
 * Not read at all, as they hold no prose anyone wrote: npm's lock file (package names and hashes),
 * and binary files, fonts and images. Any other file with a NUL byte or bytes that are not UTF-8
 * is skipped as binary too.
 */
const NOT_TEXT = [/(^|\/)package-lock\.json$/, /\.(png|jpe?g|gif|webp|ico|pdf|woff2?|ttf|otf)$/i];

/**
 * An article's own headline is cited as its title, as a bibliography names a book: the `headline`
 * cell of data/sources.csv is not checked on a row whose `headline_kind` is `own` (a descriptive
 * headline is ours, and is checked).
 */
const SOURCES = "data/sources.csv";

// The articles' dev copies: none is committed, so none is excluded. test/extract/dev/articles/
// holds the development set we wrote ourselves, not copies of the articles: it is checked like
// any other file.

/** The words of a text as the check counts them: lower case, ’ as ', hyphens and digits kept. */
function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replaceAll("’", "'")
      .match(/[\p{L}\p{N}_'-]+/gu) ?? []
  );
}

/** Every run of `n` words in `chunks`; a run never crosses from one chunk to the next. */
function runs(chunks: readonly string[], n = RUN): string[] {
  const out: string[] = [];
  for (const chunk of chunks) {
    const w = words(chunk);
    for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n).join(" "));
  }
  return out;
}

/** The runs `chunks` shares with the articles, in order, each time it occurs. */
function shared(chunks: readonly string[], articleRuns: ReadonlySet<string>, n = RUN): string[] {
  return runs(chunks, n).filter((r) => articleRuns.has(r));
}

function articleRuns(n = RUN): Set<string> {
  const out = new Set<string>();
  for (const name of readdirSync(ARTICLES)) {
    const path = join(ARTICLES, name);
    if (statSync(path).isFile()) for (const r of runs([readFileSync(path, "utf8")], n)) out.add(r);
  }
  return out;
}

/** The committed files, as git lists them; undefined outside a git checkout. */
function committedFiles(): string[] | undefined {
  const git = spawnSync("git", ["ls-files", "-z"], { encoding: "utf8" });
  if (git.status !== 0) return undefined;
  return git.stdout.split("\0").filter((f) => f && existsSync(f) && statSync(f).isFile());
}

/** The text of a committed file in the pieces the check reads, or undefined for a binary file. */
function checkedText(file: string): string[] | undefined {
  if (NOT_TEXT.some((re) => re.test(file))) return undefined;
  const bytes = readFileSync(file);
  if (bytes.includes(0)) return undefined;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  return file === SOURCES ? withoutOwnHeadlines(text) : [text];
}

/** data/sources.csv in pieces, split where an `own` headline is left out. */
function withoutOwnHeadlines(csv: string): string[] {
  const [header = [], ...rows] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  const headline = header.indexOf("headline");
  const kind = header.indexOf("headline_kind");
  assert.ok(headline >= 0 && kind >= 0, `${SOURCES} has the columns headline and headline_kind`);
  const chunks: string[] = [];
  let current: string[] = [header.join(",")];
  for (const row of rows) {
    row.forEach((cell, i) => {
      if (i === headline && row[kind] === "own") {
        chunks.push(current.join("\n"));
        current = [];
      } else current.push(cell);
    });
  }
  chunks.push(current.join("\n"));
  return chunks;
}

interface Finding {
  file: string;
  count: number;
  first: string;
}

const line = (f: Finding) =>
  `  ${f.file}: ${f.count} shared run${f.count === 1 ? "" : "s"}, first "${f.first}"`;

const noArticles = !existsSync(ARTICLES) && "no ../shared/articles beside the project: nothing to compare";

test(
  "no committed text file shares a run of 8 words with an article (12 in generated outputs): cite the passage, never copy it",
  { skip: noArticles },
  (t) => {
    const files = committedFiles();
    if (!files) {
      t.skip("not a git checkout: no committed files to list");
      return;
    }
    const articles = articleRuns();
    const generated = articleRuns(GENERATED_RUN);
    const found: { file: string; count: number; first: string; n: number }[] = [];
    for (const file of files) {
      const chunks = checkedText(file);
      if (!chunks) continue;
      const n = GENERATED.some((p) => file.startsWith(p)) ? GENERATED_RUN : RUN;
      const hits = shared(chunks, n === RUN ? articles : generated, n);
      if (hits.length) found.push({ file, count: hits.length, first: hits[0] ?? "", n });
    }
    assert.ok(
      found.length === 0,
      `${found.length} committed file(s) share a run of words with an article in ../shared/articles. ` +
        `Rewrite the text in your own words, or cite the passage (p12.s1) instead:\n${found.map((f) => `${line(f)} (runs of ${f.n})`).join("\n")}`,
    );
  },
);

test(
  "the check finds a run of an article whatever its case and apostrophes, not a shorter one, and not an own headline",
  { skip: noArticles },
  () => {
    const articles = articleRuns();
    // A run taken from the articles at run time, never written here: with an apostrophe if one has.
    // "xyzzy", in no article, keeps the words around it from making runs of their own.
    const ascii = [...articles].filter((r) => /^[ -~]+$/.test(r));
    const run = ascii.find((r) => r.includes("'")) ?? ascii[0] ?? "";
    assert.ok(run, "the articles have a run of 8 words");
    const copied = run.toUpperCase().replaceAll("'", "’");
    assert.deepEqual(shared([`Xyzzy: ${copied}. Xyzzy.`], articles), [run]);
    const shorter = run.split(" ").slice(1).join(" ");
    assert.deepEqual(shared([`xyzzy ${shorter} xyzzy`], articles), []);
    // In data/sources.csv, an own headline is left out and no run reaches across it; a descriptive
    // one is read.
    const sources = (kind: string) =>
      withoutOwnHeadlines(`id,headline,headline_kind,note\nxyzzy,"${copied}",${kind},xyzzy\n`);
    assert.deepEqual(shared(sources("own"), articles), []);
    assert.deepEqual(shared(sources("descriptive"), articles), [run]);
  },
);
