import assert from "node:assert/strict";
import { test } from "node:test";
import { copyProblems, wordCount } from "../../src/style/copy.ts";

const problems = (kind: Parameters<typeof copyProblems>[0]["kind"], text: string) =>
  copyProblems({ kind, text });

test("copyProblems(headline) counts characters: 90 pass, 91 fail", () => {
  assert.deepEqual(problems("headline", `Rafah ${"x".repeat(84)}`), []);
  assert.deepEqual(problems("headline", `Rafah ${"x".repeat(85)}`), [
    "headline of 91 characters (at most 90)",
  ]);
});

test("copyProblems(sentence) counts words per sentence: 40 pass, 41 fail, and two short sentences pass", () => {
  const words = (n: number) => `Reports say ${Array.from({ length: n - 2 }, () => "word").join(" ")}.`;
  assert.equal(wordCount(words(40)), 40);
  assert.deepEqual(problems("sentence", words(40)), []);
  assert.match(problems("sentence", words(41)).join(), /sentence of 41 words \(at most 40\)/);
  assert.deepEqual(problems("sentence", `${words(30)} ${words(30)}`), []);
});

test("copyProblems: no sentence or headline opens with a figure; a chronology entry may", () => {
  assert.match(problems("sentence", "1.4m people were sheltering in Rafah.").join(), /opens with a figure/);
  assert.match(problems("headline", "132 hostages held, officials say").join(), /opens with a figure/);
  assert.match(problems("note", "Figures vary. 36 are believed dead.").join(), /opens with a figure: 36/);
  assert.deepEqual(problems("entry", "7 May 2024 — Rafah: Israeli tanks seize the crossing"), []);
  assert.deepEqual(problems("sentence", "Some 1.4m people were sheltering in Rafah."), []);
});

test("copyProblems: an abbreviation is known (UN, US, EU, AFP, UNRWA) or spelled out before it", () => {
  assert.deepEqual(problems("sentence", "The UN and the EU said so, AFP reported."), []);
  assert.deepEqual(problems("sentence", "Staffed by the Palestinian Authority (PA), then the PA left."), []);
  assert.deepEqual(problems("sentence", "Staffed by PA-affiliated Palestinians."), [
    "abbreviation not spelled out first: PA",
  ]);
  assert.deepEqual(problems("note", "UNFPA figures."), ["abbreviation not spelled out first: UNFPA"]);
});

test("copyProblems: common nouns are lower case mid-sentence and in source lists", () => {
  assert.deepEqual(
    problems("source", "Sources: Gaza health ministry via AFP; News report (6 January 2026)"),
    ["common noun with a capital in mid-sentence: News"],
  );
  assert.deepEqual(problems("source", "Source: news report (6 January 2026)"), []);
  assert.deepEqual(problems("sentence", "News reports say so. Officials agree."), []);
  assert.deepEqual(problems("label", "News report"), []);
  assert.deepEqual(problems("sentence", "It was said by Israel's Army Radio and the Financial Times."), []);
});

test("copyProblems: one colon per clause, and no stray punctuation from an empty list", () => {
  assert.match(
    problems("note", "Reports differ: 2025: staffed by others.").join(),
    /two colons in one clause/,
  );
  assert.deepEqual(problems("note", "Reports differ: one; the other: two."), []);
  assert.match(problems("alt", "Timeline. Rafah closed. . Events: .").join(), /stray punctuation/);
  assert.match(problems("alt", "Events: , a.").join(), /stray punctuation/);
  assert.deepEqual(problems("alt", "See https://example.org: one."), []);
});

test("copyProblems(sentence): credits are written out, not bracketed; a report's date may be", () => {
  assert.match(
    problems("sentence", "It rose from 400 (Gaza health ministry) to 484.").join(),
    /credit or aside in a bracket/,
  );
  assert.deepEqual(
    problems("sentence", "It was 484, according to the Gaza health ministry (25 January 2026)."),
    [],
  );
  assert.deepEqual(
    problems("sentence", "Five people were killed, officials said (reported 25 January 2026)."),
    [],
  );
  assert.deepEqual(
    problems("sentence", "It was closed, according to news reports (6 and 25 January 2026)."),
    [],
  );
  assert.deepEqual(problems("note", "Reports differ: 128 (AFP) and 132 (Israeli officials)."), []);
});
