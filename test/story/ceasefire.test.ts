import assert from "node:assert/strict";
import { test } from "node:test";
import type { Data } from "../../src/data/load.ts";
import { ceasefireDay, ceasefirePhrase } from "../../src/story/ceasefire.ts";
import { event } from "./fixtures.ts";

const data = (...days: string[]): Data => ({
  sources: [],
  reporters: [],
  casualties: [],
  hostages: [],
  closures: [],
  events: days.map((d) => event(d, "ceasefire", "none")),
  humanitarian: [],
});

test("ceasefirePhrase(data) gives both days when reports of one ceasefire differ, never one picked", () => {
  assert.equal(ceasefirePhrase(data("2025-10-10")), "10 October 2025");
  assert.equal(ceasefirePhrase(data("2025-10-11", "2025-10-10")), "10 or 11 October 2025");
  assert.equal(ceasefirePhrase(data()), undefined);
});

test("ceasefireDay(data) takes the latest ceasefire, and one weeks apart is another ceasefire", () => {
  assert.deepEqual(ceasefireDay(data("2025-01-19", "2025-10-10")), new Date(Date.UTC(2025, 9, 10)));
});
