/**
 * Renderer fixtures against golden SVGs, as Plot's snapshot tests do: each export of
 * test/plots/index.ts is a golden file test/output/<name>.svg, stored pretty-printed (one element
 * per line) so a diff shows what moved. A mismatch writes test/output/<name>-changed.svg and prints
 * a short line diff; goldens are rewritten only with UPDATE_GOLDEN=1 (npm run test:update-golden).
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { test } from "node:test";
import { structuredPatch } from "diff";
import beautify from "js-beautify";
import { renderSvg } from "../../src/render/renderSvg.ts";
import { CREDIT, NAMES } from "../plots/fixtures.ts";
import * as plots from "../plots/index.ts";

const update = process.env.UPDATE_GOLDEN === "1";

/** One element per line, two-space indent; text content stays inline so its spaces are kept. */
export function pretty(svg: string): string {
  return (
    beautify.html(svg, {
      indent_size: 2,
      inline: ["title", "desc", "text", "tspan"],
      indent_inner_html: false,
      wrap_line_length: 0,
      preserve_newlines: false,
      unformatted: ["style"],
    }) + "\n"
  );
}

/** The first changed lines between two texts, as a unified diff of at most `max` lines. */
export function shortDiff(expected: string, actual: string, max = 30): string {
  const patch = structuredPatch("golden", "changed", expected, actual, "", "", { context: 1 });
  const lines = patch.hunks.flatMap((h) => [
    `@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`,
    ...h.lines,
  ]);
  return lines.length > max
    ? [...lines.slice(0, max), `… ${lines.length - max} more lines`].join("\n")
    : lines.join("\n");
}

const seen = new Set<string>();

for (const [name, make] of Object.entries(plots)) {
  test(`plot ${name} matches test/output/${name}.svg`, () => {
    // Plot's guard: two fixtures must never write the same golden file.
    assert.ok(!seen.has(name), `two fixtures write test/output/${name}.svg`);
    seen.add(name);
    const { chart, size } = make();
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    let svg: string;
    try {
      svg = pretty(renderSvg(chart, size, { names: NAMES, credit: CREDIT }));
    } finally {
      console.warn = warn;
    }
    if (!name.startsWith("warn")) assert.deepEqual(warnings, [], "Plot warned");
    const golden = new URL(`../output/${name}.svg`, import.meta.url);
    const changed = new URL(`../output/${name}-changed.svg`, import.meta.url);
    if (update) {
      writeFileSync(golden, svg);
      rmSync(changed, { force: true });
      return;
    }
    if (!existsSync(golden)) {
      writeFileSync(changed, svg);
      assert.fail(`no golden file test/output/${name}.svg; run npm run test:update-golden to create it`);
    }
    const expected = readFileSync(golden, "utf8");
    if (svg !== expected) {
      writeFileSync(changed, svg);
      assert.fail(
        `${name} differs from test/output/${name}.svg (see test/output/${name}-changed.svg; npm run test:update-golden if intended):\n${shortDiff(expected, svg)}`,
      );
    }
    rmSync(changed, { force: true });
  });
}
