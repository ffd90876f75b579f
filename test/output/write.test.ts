import assert from "node:assert/strict";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { writeAtomic } from "../../src/output/write.ts";

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
    assert.throws(() => writeAtomic(path, "new"), {
      message: `${path}.${process.pid}.tmp: is a directory, not a file`,
    });
    assert.equal(readFileSync(path, "utf8"), "old");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("writeAtomic(path, bytes) onto a folder throws one line naming the path", () => {
  const dir = mkdtempSync(join(tmpdir(), "rf-write-"));
  try {
    const path = join(dir, "chart.svg");
    mkdirSync(path);
    assert.throws(() => writeAtomic(path, "new"), { message: `${path}: is a directory, not a file` });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("writeAtomic(path, bytes) under a file where a folder should be throws one line naming the folder", () => {
  const dir = mkdtempSync(join(tmpdir(), "rf-write-"));
  try {
    writeFileSync(join(dir, "gaza-toll"), "not a folder");
    const path = join(dir, "gaza-toll", "chart.svg");
    assert.throws(() => writeAtomic(path, "new"), { message: `${join(dir, "gaza-toll")}: not a folder` });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("writeAtomic(path, bytes) never writes through a link left at its temporary path", () => {
  const dir = mkdtempSync(join(tmpdir(), "rf-write-"));
  try {
    const path = join(dir, "chart.svg");
    writeFileSync(join(dir, "victim"), "keep");
    symlinkSync(join(dir, "victim"), `${path}.${process.pid}.tmp`);
    assert.equal(writeAtomic(path, "new"), true);
    assert.equal(readFileSync(join(dir, "victim"), "utf8"), "keep");
    assert.equal(readFileSync(path, "utf8"), "new");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
