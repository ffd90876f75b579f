import assert from "node:assert/strict";
import { test } from "node:test";
import { JSDOM } from "jsdom";
import { repeatedDateProblems } from "../../src/render/legendMarks.ts";

const plot = (...texts: string[]) =>
  new JSDOM(`<svg>${texts.map((t) => `<text>${t}</text>`).join("")}</svg>`).window.document.documentElement;

test("repeatedDateProblems(plot, subtitle) flags a label repeating the one date the subtitle gives, not a period's ends", () => {
  assert.deepEqual(repeatedDateProblems(plot("AFP, 7 May 2024"), "Hostages, as reported on 7 May 2024"), [
    'label "AFP, 7 May 2024" repeats the date the subtitle gives: drop it from the label',
  ]);
  assert.deepEqual(
    repeatedDateProblems(
      plot("25 January 2026", "By 25 January 2026", "6 January 2026"),
      "Events reported at the Rafah crossing, 6 January 2026 to 25 January 2026",
    ),
    [],
  );
  assert.deepEqual(repeatedDateProblems(plot("By 25 January 2026"), "Events, 6 to 25 January 2026"), []);
});
