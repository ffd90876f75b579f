/** The timeline's disagreement notes (src/story/crossingCharts.ts: differNotes). */
import assert from "node:assert/strict";
import { test } from "node:test";
import { differNotes } from "../../src/story/crossingNotes.ts";
import type { Conflict } from "../../src/story/crossings.ts";
import { lineLimitProblems } from "../../src/story/limits.ts";

const report = (figure: string, by: string) => ({
  figure,
  by,
  row: {} as Conflict["reports"][number]["row"],
});

test("differNotes(conflict) is one note when it keeps to its lines, else the topic and each report a note, words and credit kept", () => {
  const short: Conflict = {
    topic: "the day the Rafah crossing was seized",
    reports: [report("4 May 2024", "Financial Times"), report("7 May 2024", "AFP")],
  };
  assert.deepEqual(differNotes(short), [
    "Reports differ on the day the Rafah crossing was seized: 4 May 2024 (Financial Times); 7 May 2024 (AFP).",
  ]);
  const long: Conflict = {
    topic: "the Rafah crossing in 2025",
    reports: [
      report("closed from May 2024, still closed on 6 January 2026", "news report"),
      report(
        "staffed by Palestinian Authority affiliates, with EU monitors, during an earlier ceasefire",
        "Reuters",
      ),
    ],
  };
  const notes = differNotes(long);
  assert.deepEqual(notes, [
    "Reports differ on the Rafah crossing in 2025. News report: closed from May 2024, still closed on 6 January 2026.",
    "Reuters: staffed by Palestinian Authority affiliates, with EU monitors, during an earlier ceasefire.",
  ]);
  assert.deepEqual(lineLimitProblems({ headline: "", notes }), []);
});
