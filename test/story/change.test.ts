import assert from "node:assert/strict";
import { test } from "node:test";
import { changeSentence } from "../../src/story/change.ts";
import { changeHeadline } from "../../src/story/headlines.ts";
import { latestSentence } from "../../src/story/latest.ts";
import { noun } from "../../src/text/words.ts";
import { NAMES, fig, type Fig } from "./fixtures.ts";

const PEOPLE = noun("person", "people");
const words = { measure: "killed", nouns: "deaths", where: "in Gaza", who: () => PEOPLE };

test("changeSentence(rows) with one report states it with its credit, never 'from X to X'", () => {
  const text = changeSentence(
    [fig(484, "2026-01-25", "Gaza health ministry", "wire-1", "at least")],
    NAMES,
    "the number killed",
  );
  assert.equal(
    text,
    "The number killed was at least 484 on 25 January 2026, according to the Gaza health ministry.",
  );
});

test("changeSentence(rows) with reports of one day that cannot both be true shows both, each credited", () => {
  const text = changeSentence(
    [
      fig(380, "2026-01-06", "Palestinian health officials"),
      fig(400, "2026-01-06", "Gaza health ministry", "wire-1", "more than"),
    ],
    NAMES,
    "the number killed",
  );
  assert.equal(
    text,
    "Reports of 6 January 2026 differ on the number killed: 380, according to Palestinian health officials, or more than 400, according to the Gaza health ministry.",
  );
});

test("changeSentence(rows) with reports of one day giving the same figure credits them together", () => {
  const text = changeSentence(
    [fig(1, "2026-01-06", "Hamas"), fig(1, "2026-01-06", "Israeli officials")],
    NAMES,
    "the number still held",
    noun("hostage"),
  );
  assert.equal(
    text,
    "The number still held was one hostage on 6 January 2026, according to Hamas and Israeli officials.",
  );
});

test("changeSentence(rows) over time rises from the first report to the latest; an agreeing figure of a day is credited to its own", () => {
  const rows = [
    fig(484, "2026-01-25", "Gaza health ministry", "wire-1", "at least"),
    fig(422, "2026-01-06", "Palestinian health officials"),
    fig(400, "2026-01-06", "Gaza health ministry", "wire-1", "more than"),
  ];
  assert.equal(
    changeSentence(rows, NAMES, "the number killed"),
    "The number killed rose from more than 400 on 6 January 2026 to at least 484 on 25 January 2026, according to the Gaza health ministry. Palestinian health officials put the figure at 422 in a report of 6 January 2026.",
  );
  const fell = [fig(500, "2026-01-06", "A"), fig(490, "2026-01-25", "A")];
  assert.match(changeSentence(fell, NAMES, "the number killed"), /^The number killed went from 500/);
});

test("changeHeadline(rows) states the latest figure with its credit, else a rise by month, a same-day disagreement, or one report with its attribution", () => {
  assert.equal(
    changeHeadline(
      [
        fig(34789, "2024-05-07", "Gaza health ministry", "wire-1", "at least"),
        fig(71700, "2026-01-25", "Israeli officials", "anon-2", "more than"),
      ],
      NAMES,
      words,
    ),
    "More than 71,700 people killed in Gaza, Israeli officials say",
  );
  // A credit too long for a headline gives way to the rise, uncredited (the labels credit each point).
  const long = "Ministry of Health of the Palestinian National Authority in Ramallah";
  assert.equal(
    changeHeadline(
      [
        fig(34789, "2024-05-07", "Gaza health ministry", "wire-1", "at least"),
        fig(71700, "2026-01-25", long, "anon-2", "more than"),
      ],
      NAMES,
      words,
    ),
    "Reported deaths in Gaza: at least 34,789 in May 2024, more than 71,700 by January 2026",
  );
  assert.equal(
    changeHeadline(
      [
        fig(4, "2026-01-06", "Gaza health ministry", "wire-1", "at least"),
        fig(9, "2026-01-25", "Israeli officials", "anon-2"),
      ],
      NAMES,
      words,
    ),
    "Nine people killed in Gaza, Israeli officials say",
  );
  assert.equal(
    changeHeadline(
      [
        fig(4, "2026-01-06", "Gaza health ministry", "wire-1", "at least"),
        fig(9, "2026-01-25", long, "anon-2"),
      ],
      NAMES,
      words,
    ),
    "Reported deaths in Gaza rose from at least 4 on 6 January to 9 on 25 January 2026",
  );
  assert.equal(
    changeHeadline(
      [fig(400, "2026-01-06", "A"), fig(422, "2026-01-06", "B"), fig(430, "2026-01-06", "C")],
      NAMES,
      words,
    ),
    "Three reports of 6 January 2026 differ on the number killed in Gaza: 400, 422 or 430",
  );
  assert.equal(
    changeHeadline([fig(1, "2026-01-25", "Israeli officials")], NAMES, words),
    "One person killed in Gaza, Israeli officials say",
  );
  assert.equal(
    changeHeadline([fig(0, "2026-01-25", "Gaza health ministry")], NAMES, words),
    "No one killed in Gaza, the Gaza health ministry says",
  );
});

test("changeHeadline(rows) falls back to a shorter form when an attribution is long", () => {
  const long =
    "a spokesperson for a coalition of several humanitarian organisations working in the south of the Gaza Strip";
  const headline = changeHeadline([fig(5, "2026-01-25", long)], NAMES, words);
  assert.ok(headline.length <= 90, headline);
  assert.equal(headline, "Five people killed in Gaza, as of 25 January 2026");
});

test("latestSentence(rows) says when other reports of the latest day give the same figure", () => {
  const rows = [
    fig(1, "2026-01-25", "Hamas"),
    fig(1, "2026-01-25", "Israeli officials"),
    fig(2, "2026-01-06", "A"),
  ];
  const found = latestSentence(rows, NAMES, "how many", (r) => ({
    text: `It was ${r.value ?? ""}.`,
    rows: [r],
  }));
  assert.equal(found?.text, "It was 1. Israeli officials give the same figure.");
  assert.equal(found?.rows.length, 2);
  // "At least 1" is not worded as "1", but both can be true: never "differ", never "the same figure".
  const qualified = latestSentence(
    [fig(1, "2026-01-25", "Hamas"), fig(1, "2026-01-25", "Israeli officials", "wire-1", "at least")],
    NAMES,
    "how many",
    (r) => ({ text: `It was ${r.value ?? ""}.`, rows: [r] }),
  );
  assert.doesNotMatch(qualified?.text ?? "", /differ|the same figure/);
  assert.match(qualified?.text ?? "", /(gives|give) (at least one|one), which agrees with it\.$/);
  // "1" and "2" on one day cannot both be true: a disagreement.
  const two = latestSentence(
    [fig(1, "2026-01-25", "Hamas"), fig(2, "2026-01-25", "Israeli officials")],
    NAMES,
    "how many",
    (r) => ({ text: `It was ${r.value ?? ""}.`, rows: [r] }),
  );
  assert.equal(
    two?.text,
    "Reports of 25 January 2026 differ on how many: one, according to Hamas, or two, according to Israeli officials.",
  );
  // The report that says the most leads, whatever the order of the rows.
  const leads = (order: Fig[]) =>
    latestSentence(order, NAMES, "how many", (r) => ({
      text: `${r.reported_by} said ${r.value ?? ""}.`,
      rows: r.reported_by === "Israeli officials" ? [r, r] : [r],
    }))?.text;
  const a = fig(1, "2026-01-25", "Hamas");
  const b = fig(1, "2026-01-25", "Israeli officials");
  assert.equal(leads([a, b]), "Israeli officials said 1. Hamas gives the same figure.");
  assert.equal(leads([b, a]), "Israeli officials said 1. Hamas gives the same figure.");
  // One person in two reports, under two spellings, is one subject: "gives", not "give".
  const netanyahu = [
    fig(1, "2026-01-25", "Israeli officials"),
    fig(1, "2026-01-25", "Israeli prime minister Benjamin Netanyahu", "anon-1"),
    fig(1, "2026-01-25", "Israeli prime minister Binyamin Netanyahu", "anon-2"),
  ];
  assert.match(leads(netanyahu) ?? "", / Benjamin Netanyahu gives the same figure\.$/);
  assert.equal(
    latestSentence([], NAMES, "x", () => ({ text: "", rows: [] })),
    undefined,
  );
});
