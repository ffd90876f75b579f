import assert from "node:assert/strict";
import { test } from "node:test";
import { formatLocation, UserError } from "../src/errors.ts";
import { failure } from "../src/notebook/buildNotebook.ts";

test("UserError(message, {location}) prints where the mistake is, then what it is, with exit code 1", () => {
  const at = (location: ConstructorParameters<typeof UserError>[1]) => new UserError("bad", location).message;
  assert.equal(at({ location: { file: "data/x.csv", line: 3, column: 4 } }), "data/x.csv:3:4: bad");
  assert.equal(at({ location: { file: "data/x.csv", line: 0, column: 0 } }), "data/x.csv: bad");
  assert.equal(
    at({ location: { notebook: "notebooks/x.ts", part: "chart y" } }),
    "notebooks/x.ts: chart y: bad",
  );
  assert.equal(at({ location: { path: "charts/x.svg" } }), "charts/x.svg: bad");
  assert.equal(at({}), "bad");
  assert.equal(new UserError("bad").exitCode, 1);
  assert.equal(formatLocation({ path: "a" }), "a");
});

test("instanceof UserError holds for a UserError from another copy of src/errors.ts, and for nothing else", async () => {
  // A project copied elsewhere and run with --root: its notebooks throw their own copy's UserError.
  const copy = (await import(`../src/errors.ts?copy=${Date.now()}`)) as typeof import("../src/errors.ts");
  assert.notEqual(copy.UserError, UserError);
  assert.ok(new copy.UserError("no rows") instanceof UserError);
  assert.ok(!(new Error("no rows") instanceof UserError));
  assert.ok(!(Object.assign(new Error("no rows"), { name: "UserError" }) instanceof UserError));
  const f = failure("notebooks/x.ts", "chart y", new copy.UserError("no rows in data/x.csv"));
  assert.equal(f.userError, true);
  assert.equal(f.message, "notebooks/x.ts: chart y: no rows in data/x.csv");
  const bug = failure("notebooks/x.ts", "chart y", new TypeError("x is undefined"));
  assert.equal(bug.userError, false);
  assert.equal(bug.message, "notebooks/x.ts: chart y: internal error: x is undefined");
});
