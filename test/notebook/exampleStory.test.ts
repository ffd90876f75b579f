import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { buildNotebook } from "../../src/notebook/buildNotebook.ts";
import { story } from "../scenarios/harness.ts";
import { outputProblems } from "../style/outputStyle.ts";
import example from "./exampleStory.ts";

test("a new story of two charts and five sentences takes under 100 lines, and keeps the house style", () => {
  const lines = readFileSync("test/notebook/exampleStory.ts", "utf8").trimEnd().split("\n");
  assert.ok(lines.length < 100, `${lines.length} lines`);
  const s = story();
  const nb = buildNotebook(example, s.data, "test/notebook/exampleStory.ts", s.names);
  assert.deepEqual(nb.failures, []);
  assert.equal(nb.charts.length, 2);
  assert.equal(nb.sentences.length, 5);
  assert.deepEqual(outputProblems([nb], s.names), []);
  assert.deepEqual(
    nb.charts.map((c) => c.headline),
    [
      "The Gaza health ministry says 1,321 people have been injured in Gaza since the ceasefire",
      "More than 171,000 Palestinians injured in Gaza, the Gaza health ministry says",
    ],
  );
  assert.ok(
    nb.sentences.some(
      (x) =>
        x.text ===
        "The number injured since the ceasefire rose from more than 1,100 on 6 January 2026 to 1,321 on 25 January 2026, according to Palestinian health officials and the Gaza health ministry.",
    ),
  );
});
