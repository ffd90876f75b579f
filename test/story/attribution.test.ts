import assert from "node:assert/strict";
import { test } from "node:test";
import { names } from "../../src/cite/names.ts";
import { sourceLine } from "../../src/cite/sourceLine.ts";
import { attribution, reportDate } from "../../src/story/attribution.ts";
import { NAMES, REPORTERS, SOURCES, fig, reporter } from "./fixtures.ts";

const credit = (by: string, source = "wire-1") => NAMES.credit({ reported_by: by, source });

test(`attribution(credit, "says") agrees with the reporter's number and article from reporters.csv`, () => {
  assert.equal(attribution(credit("Gaza health ministry"), "says"), "the Gaza health ministry says");
  assert.equal(attribution(credit("Israeli officials"), "says"), "Israeli officials say");
  assert.equal(attribution(credit("Israeli officials"), "said"), "Israeli officials said");
});

test(`attribution(credit, "says") credits an unattributed figure to its publication, or to a news report`, () => {
  assert.equal(attribution(credit("unattributed", "paper-1"), "says"), "the Financial Times reported");
  assert.equal(attribution(credit("unattributed", "wire-1"), "says"), "AFP reported");
  assert.equal(attribution(credit("unattributed", "anon-1"), "says"), "a news report said");
  assert.equal(attribution(credit("unattributed", "anon-1"), "according"), "according to a news report");
  assert.doesNotMatch(attribution(credit("unattributed", "anon-1"), "according"), /unattributed/);
});

test(`attribution(credit, "says") reads a reporter missing from reporters.csv as written, singular, without an article`, () => {
  assert.equal(attribution(credit("Walla"), "says"), "Walla says");
  assert.equal(
    attribution([credit("Walla"), credit("Gaza health ministry")], "according"),
    "according to Walla and the Gaza health ministry",
  );
});

test(`attribution(credit, "according"): a body missing from reporters.csv takes "the", a possessive name none`, () => {
  assert.equal(
    attribution(credit("Gaza civil defence agency"), "according"),
    "according to the Gaza civil defence agency",
  );
  assert.equal(
    attribution(credit("Gaza's civil defence agency"), "according"),
    "according to Gaza's civil defence agency",
  );
  assert.equal(attribution(credit("Israel’s defence ministry"), "says"), "Israel’s defence ministry says");
});

test(`attribution(credit, "label") names the reporter by display name, with the outlet, common nouns in lower case`, () => {
  assert.equal(
    attribution(credit("Hamas-run Gaza health ministry"), "label"),
    "Gaza health ministry via AFP",
  );
  assert.equal(attribution(credit("Israeli officials", "anon-1"), "label"), "Israeli officials");
  assert.equal(attribution(credit("unattributed", "anon-1"), "label"), "news report");
  assert.equal(attribution(credit("officials"), "label"), "officials via AFP");
});

test(`attribution(credit, "according") keeps one row's wording, descriptor and all ("Hamas-run"); two names of one body are the body's`, () => {
  assert.equal(
    attribution(credit("Hamas-run Gaza health ministry"), "according"),
    "according to the Hamas-run Gaza health ministry",
  );
  assert.equal(
    attribution(credit("Gaza health officials"), "according"),
    "according to Gaza health officials",
  );
  // Two names of one body in one sentence are the body's one name.
  assert.equal(
    attribution([credit("Hamas-run Gaza health ministry"), credit("Gaza health ministry")], "according"),
    "according to the Gaza health ministry",
  );
});

test("reportDate(credit, asOf) says reported when the figure is of an earlier day", () => {
  assert.equal(reportDate(credit("Gaza health ministry")), "(7 May 2024)");
  assert.equal(
    reportDate(credit("Gaza health ministry"), new Date(Date.UTC(2024, 4, 5))),
    "(reported 7 May 2024)",
  );
});

test("sourceLine(rows, names) names each reporter once, by display name, whatever the spelling", () => {
  const line = sourceLine(
    [
      fig(1, "2026-01-06", "Israeli prime minister Binyamin Netanyahu", "anon-1"),
      fig(1, "2026-01-06", "Israeli prime minister Benjamin Netanyahu", "anon-1"),
    ],
    NAMES,
  );
  assert.equal(line, "Source: Benjamin Netanyahu via news report (6 January 2026)");
});

test("sourceLine(rows, names) lists outlets by date, with reporters cited before the outlet's own figures", () => {
  // One outlet's articles at two dates keep "via" before each: not read as a second reporter.
  assert.equal(
    sourceLine(
      [
        fig(1, "2024-05-07", "Gaza health ministry", "wire-1"),
        fig(2, "2026-01-25", "Gaza health ministry", "anon-2"),
      ],
      NAMES,
    ),
    "Sources: Gaza health ministry via AFP (7 May 2024) and via news report (25 January 2026)",
  );
  const line = sourceLine(
    [
      fig(1, "2024-05-07", "unattributed", "paper-1"),
      fig(2, "2024-05-07", "Israeli officials", "paper-1"),
      fig(3, "2024-05-07", "Hamas-run Gaza health ministry", "wire-1"),
    ],
    NAMES,
  );
  assert.equal(
    line,
    // The FT's own figure is credited to it, citing its reporters, with the dates once.
    "Sources: Gaza health ministry via AFP (7 May 2024); Financial Times, citing Israeli officials (7 May 2024)",
  );
});

test("sourceLine(rows, names, fits) falls back to shorter forms when the line is too long", () => {
  const rows = [
    fig(1, "2026-01-06", "Israeli officials", "anon-1"),
    fig(2, "2026-01-25", "Hamas", "anon-2"),
    fig(3, "2026-01-25", "unattributed", "anon-2"),
  ];
  assert.equal(
    sourceLine(rows, NAMES),
    "Sources: Israeli officials via news report (6 January 2026); news report, citing Hamas (25 January 2026)",
  );
  assert.equal(
    sourceLine(rows, NAMES, (l) => l.length < 90),
    "Sources: news reports, citing Israeli officials and Hamas (6 and 25 January 2026)",
  );
  assert.equal(
    sourceLine(rows, NAMES, (l) => l.length < 60),
    "Sources: news reports (6 and 25 January 2026)",
  );
  assert.equal(
    sourceLine(rows, NAMES, (l) => l.length < 20),
    "Sources: news reports",
  );
  assert.throws(() => sourceLine([], NAMES), /no rows/);
});

test("names(data).unlisted(names) lists reporters missing from reporters.csv, never unattributed", () => {
  const n = names({ sources: SOURCES, reporters: [...REPORTERS, reporter("UN", { article: "the" })] });
  assert.deepEqual(n.unlisted(["UN", "unattributed", "Walla", "Walla", "Ynet"]), ["Walla", "Ynet"]);
});
