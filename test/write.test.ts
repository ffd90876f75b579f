import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { writeAtomic } from "../src/output/write.ts";

test("writeAtomic(path, bytes) writes new bytes, leaves identical files untouched, and leaves no temp file", () => {
  const dir = mkdtempSync(join(tmpdir(), "rf-write-"));
  try {
    const path = join(dir, "a", "chart.svg");
    assert.equal(writeAtomic(path, "<svg/>"), true);
    const mtime = statSync(path).mtimeMs;
    assert.equal(writeAtomic(path, "<svg/>"), false);
    assert.equal(statSync(path).mtimeMs, mtime);
    assert.equal(writeAtomic(path, "<svg></svg>"), true);
    assert.equal(readFileSync(path, "utf8"), "<svg></svg>");
    assert.deepEqual(readdirSync(join(dir, "a")), ["chart.svg"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("writeAtomic(path, bytes) that fails leaves the old file whole and throws", () => {
  const dir = mkdtempSync(join(tmpdir(), "rf-write-"));
  try {
    const path = join(dir, "chart.svg");
    writeFileSync(path, "old");
    // A folder where the temporary file would go makes the write fail before the rename.
    mkdirSync(`${path}.${process.pid}.tmp`);
    assert.throws(() => writeAtomic(path, "new"), /EISDIR|illegal operation on a directory/);
    assert.equal(readFileSync(path, "utf8"), "old");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
