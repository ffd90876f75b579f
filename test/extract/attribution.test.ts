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
      "More than 400 people have been killed since the ceasefire began, according to the Gaza health ministry.",
      ["Gaza health ministry"],
    ],
    [
      "Gaza health officials said Israeli air strikes killed five people on Thursday.",
      ["Gaza health officials"],
    ],
    [
      "The war has killed more than 71,700 Palestinians since October 2023, Gaza health authorities say.",
      ["Gaza health authorities"],
    ],
    [
      "“No participation is envisaged, and no troops will be sent,” said president Ilham Aliyev.",
      ["president Ilham Aliyev"],
    ],
  ]);
});

test("proposeRows(text) reads 'X told AFP', 'in a statement' and a body's name in the tables' words", () => {
  reads([
    [
      "An Egyptian official told AFP on Thursday that 50 patients had been killed in the strike.",
      ["Egyptian official"],
    ],
    ["The United Nations said 1.4 million people are sheltering in Rafah.", ["UN"]],
    ["Five people were killed in the strike, the ministry said in a statement.", ["ministry"]],
  ]);
});

test("proposeRows(text) reads second-hand figures: 'X, cited by Y' and 'X, citing Y'", () => {
  reads([
    [
      "On Sunday, one Palestinian was killed in Gaza City, medical sources, cited by Anadolu news agency, said.",
      ["medical sources, cited by Anadolu"],
    ],
    [
      "Israeli news website Ynet, citing an unnamed Israeli official, said the final hostage was still in Gaza.",
      ["Ynet, citing an unnamed Israeli official"],
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
      "Hamas released all living hostages.\nThe group says it is still searching for the body of the final captive.",
      ["unattributed", "Hamas"],
    ],
  ]);
});

test("proposeRows(text) leaves an aside in the article's own voice unattributed", () => {
  reads([
    [
      "Netanyahu had said that an offensive into Rafah, home to more than 1mn displaced Palestinians, would go ahead.",
      ["unattributed"],
    ],
    [
      "A senior official warned it was the last chance to free the estimated 128 captives still held in Gaza.",
      ["unattributed"],
    ],
  ]);
});
