import assert from "node:assert/strict";
import { test } from "node:test";
import { eventPhrase } from "../../src/story/events.ts";
import { NAMES, event } from "./fixtures.ts";

test("eventPhrase(event) tells a statement known only 'by' its report's day as reported then, never as said on that day", () => {
  const understanding = {
    ...event("2024-05-07", "reopening_understanding"),
    precision: "by" as const,
    reported_by: "Israeli officials",
  };
  assert.equal(
    eventPhrase(understanding, NAMES),
    "an understanding on reopening, Israeli officials said, as reported on 7 May 2024",
  );
  assert.equal(
    eventPhrase(understanding, NAMES, undefined, { dated: false }),
    "an understanding on reopening, Israeli officials said",
  );
  // A statement dated to its report's own day was said that day.
  assert.equal(
    eventPhrase({ ...understanding, precision: "day" }, NAMES),
    "an understanding on reopening, Israeli officials said on 7 May 2024",
  );
});
