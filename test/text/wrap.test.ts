import assert from "node:assert/strict";
import { test } from "node:test";
import { FALLBACK_ALLOWANCE, textWidth, wrap } from "../../src/text/wrap.ts";

const url = "https://example.org/" + "a1b2c3d4e5".repeat(28);

for (const width of [600, 320]) {
  test(`wrap(a 300-character word, ${width}, 14) breaks it so that no line is wider than ${width} px`, () => {
    assert.equal(url.length, 300);
    const lines = wrap(url, width, 14);
    assert.ok(lines.length > 1, `${lines.length} line`);
    for (const line of lines)
      assert.ok(textWidth(line, 14) * FALLBACK_ALLOWANCE <= width, `${line.length} characters: ${line}`);
    assert.equal(lines.join(""), url, "nothing lost or added");
  });
}

test("wrap(text with a long word, width, size, weight) keeps the words around it on their lines", () => {
  const lines = wrap(`See ${url} for the data`, 320, 14, "bold");
  for (const line of lines) assert.ok(textWidth(line, 14, "bold") * FALLBACK_ALLOWANCE <= 320, line);
  assert.equal(lines[0], "See");
  assert.match(lines.join(" "), / for the data$/, "the words after it follow the end of the word");
  assert.equal(lines.join(" ").replace(/ /g, ""), `See${url}forthedata`);
});

test("wrap(text, width, size) still breaks only at spaces when every word fits, never inside a date", () => {
  assert.deepEqual(wrap("Killed in Gaza since the ceasefire of 10 October 2025", 230, 14), [
    "Killed in Gaza since the",
    "ceasefire of 10\u00a0October\u00a02025",
  ]);
  const lines = wrap("Killed in Gaza since the ceasefire of 10 October 2025", 190, 14);
  assert.ok(lines.length > 2, lines.join(" | "));
  assert.ok(
    lines.some((l) => l.endsWith("10\u00a0October\u00a02025")),
    "the date stays on one line",
  );
});

test("wrap(headline, width, size, weight, {noWidow}) leaves no single word on the last line", () => {
  const text =
    "Rafah crossing closed since May 2024; an understanding to reopen it was reported on 25 January 2026 today";
  for (const width of [300, 340, 420, 600]) {
    const plain = wrap(text, width, 22, "bold");
    const lines = wrap(text, width, 22, "bold", { noWidow: true });
    assert.equal(lines.join(" "), plain.join(" "), "same words");
    if (lines.length > 1)
      assert.match(lines[lines.length - 1] ?? "", / /, `a widow at ${width} px: ${lines.join(" | ")}`);
    for (const line of lines) assert.ok(textWidth(line, 22, "bold") * FALLBACK_ALLOWANCE <= width, line);
  }
});

test("wrap(a word, a width narrower than one character, size) gives one character a line and never loops", () => {
  assert.deepEqual(wrap("abc", 1, 14), ["a", "b", "c"]);
  assert.deepEqual(wrap("😀😀", 1, 14), ["😀", "😀"]);
});
