import assert from "node:assert/strict";
import { test } from "node:test";
import { figureTexts, reportLines, statBlocksLayout, statColumns } from "../../src/forms/statBlocksLayout.ts";
import { PLOT_TYPE } from "../../src/style/index.ts";
import { STAT_BLOCKS } from "../../src/style/index.ts";

const WEB = { width: 600, size: "web", mobile: false } as const;
const MOBILE = { width: 336, size: "mobile", mobile: true } as const;

const blocks = [
  { title: "Living hostages released", figure: "20", reports: ["13 Oct 2025 · Israeli military"] },
  { title: "Remains of hostages returned", figure: "27", reports: ["6 Jan 2026 · Hamas", "7 Jan 2026 · UN"] },
  { title: "Remains still held", figure: "1 or 0", reports: ["6 Jan 2026 · Hamas"] },
  { title: "Held", figure: "12", reports: ["a", "b", "c", "d", "e", "f"] },
];

test("statColumns(count, width, style) sets up to three blocks side by side on the web and one on phones", () => {
  assert.deepEqual(statColumns(2, 600, STAT_BLOCKS.web), { columns: 2, colWidth: 290 });
  assert.deepEqual(statColumns(4, 600, STAT_BLOCKS.web), { columns: 3, colWidth: (600 - 40) / 3 });
  assert.deepEqual(statColumns(0, 600, STAT_BLOCKS.web), { columns: 1, colWidth: 600 });
  assert.deepEqual(statColumns(4, 336, STAT_BLOCKS.mobile), { columns: 1, colWidth: 336 });
});

test("statBlocksLayout(blocks, {}, web) puts three blocks in the first row and the fourth under the tallest", () => {
  const l = statBlocksLayout(blocks, {}, WEB);
  const figures = l.texts.filter((t) => t.role === "figure");
  const colWidth = (600 - 40) / 3;
  assert.deepEqual(
    figures.map((t) => [t.x, t.y, t.text, t.size]),
    [
      [10, 4, "20", 36],
      [10 + colWidth + 20, 4, "27", 36],
      [10 + 2 * (colWidth + 20), 4, "1 or 0", 36],
      [10, (l.rules[1]?.y2 ?? 0) + 18, "12", 36],
    ],
    "the second block, with two reports, is the row's tallest",
  );
  assert.deepEqual(
    l.rules.map((r) => r.x),
    [0, colWidth + 20, 2 * (colWidth + 20), 0],
  );
  const title = l.texts.find((t) => t.role === "title");
  assert.equal(title?.y, 4 + 36 * 1.1 + 4);
  const reports = l.texts.filter((t) => t.role === "reports");
  assert.equal(
    reports[1]?.text,
    "6\u00a0Jan\u00a02026 · Hamas\n7\u00a0Jan\u00a02026 · UN",
    "dates kept on one line",
  );
  assert.equal(reports[1]?.lh, Math.round(12 * 1.35));
  assert.equal(reports[3]?.text, "a\nb\nc\nd\nand two more reports");
  assert.equal(l.height, Math.ceil((l.rules[3]?.y2 ?? 0) + 18));
});

test("statBlocksLayout(blocks, {}, mobile) stacks the blocks with a smaller figure", () => {
  const l = statBlocksLayout(blocks.slice(0, 2), {}, MOBILE);
  const figures = l.texts.filter((t) => t.role === "figure");
  assert.deepEqual(
    figures.map((t) => [t.x, t.size]),
    [
      [10, 30],
      [10, 30],
    ],
  );
  assert.equal(figures[1]?.y, (l.rules[0]?.y2 ?? 0) + 18);
});

test("reportLines(reports, width, max, size) lists the first max and counts the rest in words", () => {
  assert.deepEqual(reportLines(["a", "b", "c"], 300, 2, 12), ["a", "b", "and one more report"]);
  assert.deepEqual(reportLines(["a", "b"], 300, 2, 12), ["a", "b"]);
  assert.equal(statBlocksLayout(blocks.slice(3), { maxReports: 6 }, WEB).texts[2]?.text, "a\nb\nc\nd\ne\nf");
});

test("statBlocksLayout(blocks) refuses a big number that is not a number: words go in words", () => {
  assert.throws(
    () => statBlocksLayout([{ title: "Released", figure: "All", reports: [] }], {}, WEB),
    /a big number must be a number; give words as words: All/,
  );
  const l = statBlocksLayout(
    [{ title: "Released", figure: "", words: "All, no number given", reports: [] }],
    {},
    WEB,
  );
  assert.deepEqual(
    l.texts.map((t) => [t.role, t.text, t.size]),
    [
      ["words", "All, no number given", 13],
      ["title", "Released", 13],
      ["reports", "", 12],
    ],
  );
});

test("figureTexts(block) keeps the hedge with its figure: beside it, or under it in a narrow column", () => {
  const block = { title: "Still held", figure: "1", hedge: "believed", reports: [] };
  const wide = figureTexts(block, { x: 10, y: 4, width: 180 }, STAT_BLOCKS.web, PLOT_TYPE.web);
  const [figure, hedge] = wide.texts;
  assert.equal(hedge?.role, "hedge");
  assert.equal(hedge?.text, "(believed)");
  assert.ok((hedge?.x ?? 0) > (figure?.x ?? 0), "beside the figure");
  assert.ok((hedge?.y ?? 0) > (figure?.y ?? 0) && (hedge?.y ?? 0) < wide.bottom, "on the figure's line");
  const narrow = figureTexts(block, { x: 10, y: 4, width: 60 }, STAT_BLOCKS.web, PLOT_TYPE.web);
  assert.equal(narrow.texts[1]?.x, 10, "under the figure");
  assert.ok(narrow.bottom > wide.bottom);
});

test("statBlocksLayout(blocks with focus) puts the blocks in focus first, their rules marked", () => {
  const l = statBlocksLayout(
    [
      { title: "Returned", figure: "28", reports: [], focus: false },
      { title: "Still held", figure: "1", reports: [] },
    ],
    {},
    WEB,
  );
  assert.deepEqual(
    l.texts.filter((t) => t.role === "figure").map((t) => t.text),
    ["1", "28"],
  );
  assert.deepEqual(
    l.rules.map((r) => r.focus),
    [true, false],
  );
});

test("reportLines(reports, width) never leaves a report's figure alone on a line in a narrow column", () => {
  const lines = reportLines(
    ["6 Jan 2026 · Benjamin Netanyahu, in two reports · 1", "25 Jan 2026 · Ynet · 1 (believed)"],
    150,
    3,
    12,
  );
  for (const line of lines) assert.doesNotMatch(line, /^(·\s*)?(1|\(believed\))$/u, lines.join(" | "));
  assert.ok(
    lines.some((l) => /·\u00a01\u00a0\(believed\)$/.test(l)),
    lines.join(" | "),
  );
});
