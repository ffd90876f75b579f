import assert from "node:assert/strict";
import { test } from "node:test";
import { JSDOM } from "jsdom";
import { legendMarkProblems, repeatedDateProblems } from "../../src/render/legendMarks.ts";

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

test("legendMarkProblems(plot, legend): a ring key matches a ring (a dot filled, stroked in its colour), never a line of that colour", () => {
  const svg = (inner: string) => new JSDOM(`<svg>${inner}</svg>`).window.document.documentElement;
  const ring = { label: "Closed at last report", color: "#3d3d3d", shape: "ring" as const };
  // crossings-may-2024 keyed its teal and ochre rings with a grey ring that only the grey axis line matched.
  const axisLine = `<g aria-label="link" fill="none" stroke="#7a7a7a"><path d="M0,10L100,10"/></g>`;
  const rings = `<g aria-label="dot" fill="#ffffff" stroke="#00766b"><circle cx="5" cy="5" r="3"/></g>`;
  assert.deepEqual(legendMarkProblems(svg(axisLine + rings), [{ ...ring, color: "#7a7a7a" }]), [
    'legend entry "Closed at last report" (ring, #7a7a7a) matches no mark in the plot',
  ]);
  assert.deepEqual(legendMarkProblems(svg(rings), [{ ...ring, color: "#00766b" }]), []);
});
