import assert from "node:assert/strict";
import { test } from "node:test";
import { propose } from "./fixtures.ts";

/** Who each figure of `text` is attributed to. */
const who = (text: string) => propose(text, "2026-01-25").map((p) => p.row.reported_by);

/** Each text's figures attributed as expected. */
function reads(cases: [string, string[]][]): void {
  for (const [text, expected] of cases) assert.deepEqual(who(text), expected, text);
}

test("proposeRows(text) reads 'according to X', 'X said' and '..., X said.'", () => {
  reads([
    [
      "More than 350 Palestinians have died in Israeli fire since the truce started, according to Gaza's health ministry.",
      ["Gaza health ministry"],
    ],
    [
      "Hospital officials said an Israeli drone strike killed three people on Thursday.",
      ["Hospital officials"],
    ],
    [
      "Over 69,000 Palestinians have been killed in the war since October 2023, local health authorities say.",
      ["local health authorities"],
    ],
    [
      "“We will send no troops, and none are being prepared,” said prime minister Anna Berg.",
      ["prime minister Anna Berg"],
    ],
  ]);
});

test("proposeRows(text) reads 'X told AFP', 'in a statement' and a body's name in the tables' words", () => {
  reads([
    [
      "A Jordanian diplomat told AFP on Friday that 23 patients had died in the raid.",
      ["Jordanian diplomat"],
    ],
    ["The United Nations said 600,000 people were sheltering in Deir al-Balah.", ["UN"]],
    ["Five people were killed in the strike, the ministry said in a statement.", ["ministry"]],
  ]);
});

test("proposeRows(text) reads second-hand figures: 'X, cited by Y' and 'X, citing Y'", () => {
  reads([
    [
      "On Saturday, two fishermen were killed off Deir al-Balah, hospital sources, cited by AFP, said.",
      ["hospital sources, cited by AFP"],
    ],
    [
      "Israeli website Walla, citing a senior security source, said the last hostage was still inside the strip.",
      ["Walla, citing a senior security source"],
    ],
  ]);
});

test("proposeRows(text) resolves 'he said' and 'the group says' to who was named before", () => {
  reads([
    [
      "Philippe Lazzarini, head of UNRWA, spoke on Tuesday.\nHe said more than 400,000 people were sheltering in Al-Muwasi.",
      ["UNRWA head Philippe Lazzarini"],
    ],
    [
      "Hamas freed all the living hostages.\nThe group says the remains of the last captive have yet to be located.",
      ["unattributed", "Hamas"],
    ],
  ]);
});

test("proposeRows(text) leaves an aside in the article's own voice unattributed", () => {
  reads([
    [
      "The defence minister had said that an assault on Khan Younis, home to more than 1mn Gazans who had fled, would start within days.",
      ["unattributed"],
    ],
    [
      "A negotiator warned it was the final opportunity to bring home the estimated 95 captives held in Gaza.",
      ["unattributed"],
    ],
  ]);
});

test("proposeRows(text) reads 'X said' or 'X told AFP' after a comma, with more after it or a number before it", () => {
  reads([
    [
      "More than 1.3 million people are sheltering in tents across the territory, OCHA said, and many are in flood-prone areas.",
      ["OCHA"],
    ],
    [
      "In the past 24 hours, 3 people were killed by Israeli fire, the ministry said in its daily report.",
      ["ministry"],
    ],
    [
      "An Israeli strike on Saturday killed three people in Jabalia, including a man aged 35, the civil defence agency told AFP.",
      ["civil defence agency"],
    ],
  ]);
});

test("proposeRows(text) leaves a dateline out of the reporter, and reads 'the army' as the Israeli military", () => {
  reads([
    [
      "JERUSALEM (AFP) - Hamas's armed wing said on Sunday it had killed five soldiers.",
      ["Hamas's armed wing"],
    ],
    ["The army said two militants were killed near the yellow line.", ["Israeli military"]],
  ]);
});

test("proposeRows(text) resolves a shorter name of a body named before ('the health ministry') to its full name", () => {
  const rows = propose(
    "The Gaza health ministry said 12 people were killed. The health ministry said 40 were injured.",
    "2026-01-25",
  );
  assert.deepEqual(
    rows.map((p) => p.row.reported_by),
    ["Gaza health ministry", "Gaza health ministry"],
  );
  // A back-reference: the reviewer is told, as for "the ministry".
  assert.ok(
    rows[1]?.doubts.some((d) => /pronoun/.test(d)),
    JSON.stringify(rows[1]?.doubts),
  );
  // Named first, it stays as the article words it.
  reads([["The health ministry said 40 people were injured.", ["health ministry"]]]);
});

test("proposeRows(text) resolves 'according to the ministry' to the ministry named before", () => {
  reads([
    [
      "Six people were killed on Saturday, the Gaza health ministry said. Nearly 900 Palestinians have been killed since the ceasefire, according to the ministry.",
      ["Gaza health ministry", "Gaza health ministry"],
    ],
  ]);
});

test("proposeRows(text): 'It said' is the last speaker, not a body the speaker named", () => {
  reads([
    [
      'The Israeli military told AFP it had struck "a senior Hamas operative". It said two soldiers had been wounded in Rafah on Saturday.',
      ["Israeli military"],
    ],
  ]);
});

test("proposeRows(text): a body of the vocabulary before the verb is the subject, an aside after it says nothing", () => {
  reads([
    [
      "Israeli strikes killed 27 people across the Gaza Strip in the past 24 hours, the health ministry in the Hamas-run territory said on Tuesday, one of the deadliest days since the truce.",
      ["Hamas-run Gaza health ministry"],
    ],
  ]);
});

test("proposeRows(text): 'the office said' and 'X put the toll at nine' name who gives the figure", () => {
  reads([
    [
      "Hamas handed over one more body, according to Israel's prime minister's office. The bodies of three hostages are believed to remain in Gaza, the office said.",
      ["Israel's prime minister's office"],
    ],
    ["Nasser Hospital, which received the casualties, put the toll at nine dead.", ["Nasser Hospital"]],
  ]);
});
