/** The social card's layout mode (src/forms/cardFit.ts): dense only when the web layout overruns the card. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { fitCard } from "../../src/forms/cardFit.ts";
import { CARD_TYPE, formStyle, RANGE_DOTS, SOCIAL_CARD } from "../../src/style/index.ts";

test("fitCard(ctx, layoutAt) keeps the web layout when it fits or no height is given, else lays out dense", () => {
  const at = (dense: boolean) => ({ height: dense ? 100 : 180, dense });
  assert.equal(fitCard({}, at).dense, false);
  assert.equal(fitCard({ height: 200 }, at).dense, false);
  assert.equal(fitCard({ height: 150 }, at).dense, true);
});

test("formStyle(table, mobile, dense) gives the card's dense style with every plot text at the card's least size", () => {
  const dense = formStyle(RANGE_DOTS, false, true);
  assert.deepEqual(dense.type, CARD_TYPE);
  for (const size of Object.values(CARD_TYPE)) assert.ok(size >= SOCIAL_CARD.minType);
  assert.ok(dense.style.leading < formStyle(RANGE_DOTS, false).style.leading);
  assert.equal(formStyle(RANGE_DOTS, true, false).type.label, 12);
});
