import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { test } from "node:test";
import { loadProject } from "../../src/pipeline/project.ts";

/**
 * A project of the real data and two small notebooks, each with chart `chart` and a title that
 * is new each time its module is run (so a test can tell a notebook imported again).
 */
function project(chartA: string, chartB: string): string {
  const root = mkdtempSync(join(tmpdir(), "rf-project-"));
  cpSync(resolve("data"), join(root, "data"), { recursive: true });
  symlinkSync(resolve("src"), join(root, "src"));
  // An ES module project, as this one: a CommonJS notebook would be cached whatever its version.
  writeFileSync(join(root, "package.json"), '{ "type": "module" }\n');
  mkdirSync(join(root, "notebooks"));
  const notebook = (id: string, chart: string) => `
import { chart, defineNotebook } from "../src/notebook/define.ts";
const run = Math.random().toString(36);
export default defineNotebook({
  id: "${id}",
  title: run,
  summary: "",
  tables: [],
  charts: [chart("${chart}", () => { throw new Error("not drawn"); })],
  sentences: () => [],
  disagreements: () => [],
});
`;
  writeFileSync(join(root, "notebooks", "a.ts"), notebook("a", chartA));
  writeFileSync(join(root, "notebooks", "b.ts"), notebook("b", chartB));
  return root;
}

test("loadProject(root, versionOf) imports each notebook at its own version: only a notebook whose version moved is run again", async () => {
  const root = project("one", "two");
  try {
    const titles = async (versionOf: (file: string) => number) =>
      (await loadProject(root, versionOf, root)).notebooks.map((nb) => nb.title);
    const [a0, b0] = await titles(() => 0);
    const [a1, b1] = await titles((f) => (f === "notebooks/a.ts" ? 1 : 0));
    assert.notEqual(a1, a0, "a, saved, is run again");
    assert.equal(b1, b0, "b is the module imported before");
    const [a2, b2] = await titles((f) => (f === "notebooks/a.ts" ? 1 : 0));
    assert.deepEqual([a2, b2], [a1, b1], "nothing saved: nothing run again");
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("loadProject(root, versionOf) refuses a chart id declared in two notebooks, as loadProject(root) does", async () => {
  const root = project("same", "same");
  try {
    const message =
      "notebook error: chart id same is declared in both notebooks/a.ts and notebooks/b.ts; nothing was written";
    await assert.rejects(loadProject(root, 0, root), { message });
    await assert.rejects(
      loadProject(root, () => 0, root),
      { message },
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
