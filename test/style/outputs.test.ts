/**
 * The house copy style over every output of today's tables: sentences, headlines, subtitles, notes,
 * alt text and source lines as built, and every text drawn in the committed web SVGs (labels, lane
 * titles, legends). Every scenario in test/scenarios/ runs the same rules on what it builds.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { copyProblems } from "../../src/style/copy.ts";
import { parseXml } from "../helpers.ts";
import { outputProblems } from "./outputStyle.ts";
import { story } from "../scenarios/harness.ts";

test("every sentence, headline, subtitle, note, alt text and source line of today's tables keeps the house style", () => {
  const s = story();
  assert.deepEqual(outputProblems(Object.values(s.notebooks), s.names), []);
});

test("every text drawn in a committed chart keeps the house style", () => {
  const problems: string[] = [];
  for (const dir of readdirSync("charts", { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(join("charts", dir.name)).filter((f) => f.endsWith(".svg"))) {
      const svg = parseXml(readFileSync(join("charts", dir.name, file), "utf8"));
      // Each text element alone: a wrapped text's lines are checked apart, so a rule that spans
      // lines may be missed here; the texts as built are checked whole in the test above.
      for (const t of [...svg.getElementsByTagName("text")]) {
        const text = (t.textContent ?? "").replace(/[\u00a0\u2009\u202f]/g, " ").trim();
        if (!text) continue;
        const cls = t.parentElement?.getAttribute("class") ?? "";
        const kind = /-source\b/.test(cls) ? "source" : "label";
        for (const p of copyProblems({ kind, text })) problems.push(`${dir.name}/${file}: ${p}`);
      }
    }
  }
  assert.deepEqual([...new Set(problems)], []);
});

test("outputProblems(notebooks) fails on a dropped hedge, two names of one body and a figure opening a sentence", () => {
  const s = story();
  const nb = s.notebooks.hostages;
  assert.ok(nb);
  const broken = {
    ...nb,
    sentences: [
      ...nb.sentences,
      { id: "x", text: "132 hostages were held in Gaza, according to Israeli officials.", rows: [] },
      {
        id: "y",
        text: "The toll rose, according to Gaza health authorities and the Gaza health ministry.",
        rows: s.notebooks["gaza-toll"]?.sentences.find((x) => x.id === "toll-change")?.rows ?? [],
      },
      {
        id: "z",
        text: "The remains of one hostage are still held in Gaza, according to Ynet.",
        rows: nb.sentences.find((x) => x.id === "still-held")?.rows ?? [],
      },
    ],
  };
  const problems = outputProblems([broken], s.names).join("\n");
  assert.match(problems, /hostages\/x: opens with a figure/);
  assert.match(
    problems,
    /hostages\/y: one body named 2 ways \(Gaza health ministry \/ Gaza health authorities\)/,
  );
  assert.match(problems, /hostages\/z: hedge "believed" of its rows dropped/);
});
