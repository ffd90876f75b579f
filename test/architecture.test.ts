/**
 * The layer order of src/ (README, Layout), held by a test rather than by memory: every relative
 * import is read from the sources, and an arrow from a lower layer to a higher one, an import of
 * the CLI from below it, or any import cycle fails.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { test } from "node:test";
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
