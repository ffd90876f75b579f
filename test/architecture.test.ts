/**
 * The layer order of src/ (README, Layout), held by a test rather than by memory: every relative
 * import is read from the sources, and an arrow from a lower layer to a higher one, an import of
 * the CLI from below it, or any import cycle fails. Then the size of what is in them: no function
 * over MAX_FUNCTION_LINES and no module over MAX_FILE_LINES, measured with the TypeScript parser.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { test } from "node:test";
import ts from "typescript";
import { sourceFiles } from "../scripts/compile.mjs";

/** Lowest first. A module may import its own layer and the layers below it. */
export const LAYERS: [number, RegExp][] = [
  // scripts/compile.mjs imports nothing of the project; the build cache hashes the files it lists.
  [0, /^src\/errors\.ts$|^src\/(data|format|text|style)\/|^scripts\/compile\.mjs$/],
  [1, /^src\/cite\//],
  // Chart forms draw any rows they are given; the story's recipes pick the rows, the words and a form.
  [2, /^src\/chart\.ts$|^src\/forms\//],
  [3, /^src\/story\//],
  [4, /^src\/notebook\/|^notebooks\//],
  [5, /^src\/render\//],
  [6, /^src\/output\//],
  [7, /^src\/(pipeline|serve|extract)\//],
  [8, /^src\/cli\//],
  [9, /^scripts\//],
];

function layerOf(file: string): number {
  const found = LAYERS.find(([, re]) => re.test(file));
  if (!found) throw new Error(`no layer for ${file}: add it to LAYERS and the README`);
  return found[0];
}

const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g;

/** Every module's relative imports, as paths from the project root. */
function graph(): Map<string, string[]> {
  const files = [...sourceFiles("."), "scripts/compile.mjs", "scripts/run.mjs"];
  const out = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, "");
    const deps = [...text.matchAll(IMPORT)].map((m) =>
      normalize(join(dirname(file), m[1] ?? "")).replace(/\.d\.mts$/, ".mjs"),
    );
    out.set(file, deps);
  }
  return out;
}

test("every import points down or across the layers of src/, never up", () => {
  const wrong: string[] = [];
  for (const [file, deps] of graph()) {
    for (const dep of deps) {
      if (layerOf(dep) > layerOf(file))
        wrong.push(`${file} (layer ${layerOf(file)}) imports ${dep} (layer ${layerOf(dep)})`);
    }
  }
  assert.deepEqual(wrong, []);
});

test("nothing under src/ imports the CLI except the CLI itself", () => {
  const wrong = [...graph()].flatMap(([file, deps]) =>
    file.startsWith("src/") && !file.startsWith("src/cli/")
      ? deps.filter((d) => d.startsWith("src/cli/")).map((d) => `${file} → ${d}`)
      : [],
  );
  assert.deepEqual(wrong, []);
});

test("no import cycles", () => {
  const g = graph();
  const state = new Map<string, "open" | "done">();
  const cycles: string[] = [];
  const visit = (file: string, path: string[]) => {
    if (state.get(file) === "done") return;
    if (state.get(file) === "open") {
      cycles.push([...path.slice(path.indexOf(file)), file].join(" → "));
      return;
    }
    state.set(file, "open");
    for (const dep of g.get(file) ?? []) visit(dep, [...path, file]);
    state.set(file, "done");
  };
  for (const file of g.keys()) visit(file, []);
  assert.deepEqual(cycles, []);
});

test("the layer table knows every module, and fails on an upward arrow", () => {
  for (const file of graph().keys()) assert.doesNotThrow(() => layerOf(file), file);
  assert.ok(layerOf("src/cli/charts.ts") > layerOf("src/pipeline/build.ts"));
  assert.ok(layerOf("src/render/renderSvg.ts") > layerOf("src/forms/timeline.ts"));
  assert.ok(layerOf("src/story/figuresOverTime.ts") > layerOf("src/forms/timeline.ts"));
});

/** A function over this many lines does more than one thing: split it into named parts. */
const MAX_FUNCTION_LINES = 80;
/** A module over this many lines is usually two modules (GUIDE.md: data flow). */
const MAX_FILE_LINES = 300;

/** A notebook is the story's table of contents and the few helpers it needs (README, To add a chart). */
const MAX_NOTEBOOK_LINES = 150;
/** No line of a notebook runs past this many characters: its copy is read, not scrolled. */
const MAX_NOTEBOOK_LINE = 120;

/**
 * Functions over MAX_FUNCTION_LINES that are known and being reworked by their owners, each with
 * its length in lines when it was listed. Nothing may be added here. An entry may not grow, and
 * it must be taken off as soon as its function is split under the limit (a test below fails until
 * it is), so the list only shrinks.
 */
const KNOWN_OVER: Readonly<Record<string, number>> = {};

interface Measured {
  /** "src/forms/timeline.ts:timeline"; an anonymous function is named by its line: "…:<anonymous>@12". */
  key: string;
  lines: number;
}

/**
 * Every function with a body in a module (declarations, expressions, arrows, methods, accessors,
 * constructors) and how many lines it spans, from its first line (after its doc comment) to its
 * last, with the TypeScript compiler's parser. A function inside another counts in both.
 */
export function functionLengths(file: string, text: string): Measured[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const line = (pos: number) => source.getLineAndCharacterOfPosition(pos).line;
  const out: Measured[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const first = line(node.getStart(source));
      out.push({
        key: `${file}:${functionName(node, source) ?? `<anonymous>@${first + 1}`}`,
        lines: line(node.getEnd()) - first + 1,
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** A function's own name, or the name of the variable, property or class member it is assigned to. */
function functionName(node: ts.SignatureDeclaration, source: ts.SourceFile): string | undefined {
  if (ts.isConstructorDeclaration(node)) return "constructor";
  if (node.name) return node.name.getText(source);
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))
    return parent.name.getText(source);
  return undefined;
}

/** Lines in a file, as `wc -l` counts them for a file that ends with a newline. */
function fileLines(text: string): number {
  return text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
}

function srcFiles(): string[] {
  return sourceFiles(".").filter((f: string) => f.startsWith("src/"));
}

function measureSrc(): Measured[] {
  return srcFiles().flatMap((file) => functionLengths(file, readFileSync(file, "utf8")));
}

test(`no function in src/ is over ${MAX_FUNCTION_LINES} lines, and the known ones do not grow`, () => {
  const wrong = measureSrc().flatMap(({ key, lines }) => {
    if (lines <= MAX_FUNCTION_LINES) return [];
    const known = KNOWN_OVER[key];
    if (known === undefined)
      return [`${key}: ${lines} lines (at most ${MAX_FUNCTION_LINES}): split it into named parts`];
    return lines > known ? [`${key}: ${lines} lines, grown from ${known}: split it rather than grow it`] : [];
  });
  assert.deepEqual(wrong, []);
});

test(`every function in KNOWN_OVER is still over ${MAX_FUNCTION_LINES} lines: take it off the list once it is split`, () => {
  const lengths = new Map(measureSrc().map((m) => [m.key, m.lines]));
  const stale = Object.keys(KNOWN_OVER).flatMap((key) => {
    const lines = lengths.get(key);
    if (lines === undefined) return [`${key}: no such function any more`];
    return lines <= MAX_FUNCTION_LINES
      ? [`${key}: ${lines} lines, no longer over ${MAX_FUNCTION_LINES}`]
      : [];
  });
  assert.deepEqual(stale, []);
});

test(`no module in src/ is over ${MAX_FILE_LINES} lines`, () => {
  const wrong = srcFiles().flatMap((file) => {
    const lines = fileLines(readFileSync(file, "utf8"));
    return lines > MAX_FILE_LINES
      ? [`${file}: ${lines} lines (at most ${MAX_FILE_LINES}): split it by what it does`]
      : [];
  });
  assert.deepEqual(wrong, []);
});

test(`no notebook is over ${MAX_NOTEBOOK_LINES} lines, and none of its lines over ${MAX_NOTEBOOK_LINE} characters`, () => {
  const dir = "notebooks";
  const wrong = readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .flatMap((f) => {
      const file = `notebooks/${f}`;
      const text = readFileSync(join(dir, f), "utf8");
      const lines = fileLines(text);
      const long = text
        .split("\n")
        .flatMap((line, i) =>
          line.length > MAX_NOTEBOOK_LINE ? [`${file}:${i + 1}: ${line.length} characters`] : [],
        );
      return [
        ...(lines > MAX_NOTEBOOK_LINES ? [`${file}: ${lines} lines (at most ${MAX_NOTEBOOK_LINES})`] : []),
        ...long,
      ];
    });
  assert.deepEqual(wrong, []);
});

test("functionLengths(file, text) measures declarations, arrows, methods and nested functions from first line to last", () => {
  const body = (n: number) => Array.from({ length: n }, (_, i) => `  const a${i} = ${i};`).join("\n");
  const text = [
    "/** A doc comment is not counted. */",
    `export function long(): void {\n${body(MAX_FUNCTION_LINES - 1)}\n}`,
    `const arrow = (x: number) => {\n${body(3)}\n  return () => x;\n};`,
    `class C {\n  method() {\n${body(2)}\n  }\n  constructor() {}\n}`,
    "const o = { f: function () { return 1; } };",
    "[1].map((n) => n);",
  ].join("\n");
  assert.deepEqual(functionLengths("src/x.ts", text), [
    { key: "src/x.ts:long", lines: MAX_FUNCTION_LINES + 1 },
    { key: "src/x.ts:arrow", lines: 6 },
    { key: "src/x.ts:<anonymous>@87", lines: 1 },
    { key: "src/x.ts:method", lines: 4 },
    { key: "src/x.ts:constructor", lines: 1 },
    { key: "src/x.ts:f", lines: 1 },
    { key: "src/x.ts:<anonymous>@97", lines: 1 },
  ]);
  assert.equal(fileLines("a\nb\n"), 2);
  assert.equal(fileLines("a\nb"), 2);
});
