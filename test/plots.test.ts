import assert from "node:assert/strict";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { test } from "node:test";
import { renderSvg } from "../src/render/render.ts";
import { CREDIT, NAMES } from "./plots/fixtures.ts";
import * as plots from "./plots/index.ts";

// Golden files are rewritten only with UPDATE_GOLDEN=1 (npm run test:update-golden).
const update = process.env.UPDATE_GOLDEN === "1";

for (const [name, make] of Object.entries(plots)) {
  test(`plot ${name} matches test/output/${name}.svg`, () => {
    const { chart, size } = make();
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    let svg: string;
    try {
      svg = renderSvg(chart, size, { names: NAMES, credit: CREDIT });
    } finally {
      console.warn = warn;
    }
    if (!name.startsWith("warn")) assert.deepEqual(warnings, [], "Plot warned");
    const golden = new URL(`./output/${name}.svg`, import.meta.url);
    const changed = new URL(`./output/${name}-changed.svg`, import.meta.url);
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
        `${name} differs from test/output/${name}.svg; see test/output/${name}-changed.svg, and run npm run test:update-golden if the change is intended`,
      );
    }
    rmSync(changed, { force: true });
  });
}
