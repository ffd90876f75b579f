/**
 * The stamp memo of the build cache: a file read before is not read again while its stamp holds;
 * an edit (size, time or a new inode) is read; a file written in the last two seconds is not
 * trusted by its stamp; an unreadable or corrupt memo only means every file is read.
 */
import assert from "node:assert/strict";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { hashBytes } from "../../src/pipeline/manifest.ts";
import { StampedHashes } from "../../src/pipeline/stamps.ts";

/** A folder with one table modified a minute ago (old enough to be trusted by its stamp), removed after `body`. */
function withFixture(body: (f: { dir: string; file: string; memo: string }) => void): void {
  const dir = mkdtempSync(join(tmpdir(), "rf-stamps-"));
  const file = join(dir, "a.csv");
  writeFileSync(file, "measure,value\nkilled,1\n");
  const old = new Date(Date.now() - 60_000);
  utimesSync(file, old, old);
  try {
    body({ dir, file, memo: join(dir, "stamps.json") });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("a file's hash is remembered by its stamp, and an edit is seen", () => {
  withFixture(({ file, memo }) => {
    const first = new StampedHashes(memo);
    assert.equal(first.hash(file), hashBytes("measure,value\nkilled,1\n"));
    first.save();
    const saved = JSON.parse(readFileSync(memo, "utf8")) as Record<string, [string, string]>;
    assert.equal(saved[file]?.[1], hashBytes("measure,value\nkilled,1\n"));
    // Same stamp: the remembered hash is given without reading (a planted hash proves it).
    writeFileSync(memo, JSON.stringify({ [file]: [saved[file]?.[0], "planted"] }));
    assert.equal(new StampedHashes(memo).hash(file), "planted");
    // An edit of the same size, dated a minute ago too but a second later: read again.
    writeFileSync(file, "measure,value\nkilled,2\n");
    const later = new Date(Date.now() - 59_000);
    utimesSync(file, later, later);
    assert.equal(new StampedHashes(memo).hash(file), hashBytes("measure,value\nkilled,2\n"));
  });
});

test("a file modified in the last two seconds is hashed but not remembered", () => {
  withFixture(({ file, memo }) => {
    writeFileSync(file, "measure,value\nkilled,3\n");
    const stamps = new StampedHashes(memo);
    assert.equal(stamps.hash(file), hashBytes("measure,value\nkilled,3\n"));
    stamps.save();
    assert.throws(() => readFileSync(memo), /ENOENT/, "nothing to remember, nothing written");
    // Two seconds on, the same file is remembered.
    const aged = new StampedHashes(memo, () => Date.now() + 2_500);
    aged.hash(file);
    aged.save();
    assert.ok(file in (JSON.parse(readFileSync(memo, "utf8")) as object));
  });
});

test("a corrupt memo, a missing file and an unwritable memo only cost reads", () => {
  withFixture(({ dir, file, memo }) => {
    writeFileSync(memo, "{not json");
    const stamps = new StampedHashes(memo);
    assert.equal(stamps.hash(file), hashBytes("measure,value\nkilled,1\n"));
    assert.equal(stamps.hash(join(dir, "gone.csv")), undefined);
    assert.equal(stamps.hash(dir), undefined, "a folder cannot be read: no hash");
    const nowhere = new StampedHashes(join(dir, "no", "such", "dir", "stamps.json"));
    nowhere.hash(file);
    assert.doesNotThrow(() => nowhere.save());
  });
});

test("projects that share one node_modules keep a memo each: neither reads the other's entries", () => {
  withFixture(({ dir }) => {
    const shared = join(dir, "shared-node_modules");
    mkdirSync(join(shared, ".cache", "rafah-figures"), { recursive: true });
    const roots = ["a", "b"].map((name) => {
      const root = join(dir, name);
      mkdirSync(root);
      symlinkSync(shared, join(root, "node_modules"));
      writeFileSync(join(root, "t.csv"), `x\n${name}\n`);
      const old = new Date(Date.now() - 60_000);
      utimesSync(join(root, "t.csv"), old, old);
      const stamps = StampedHashes.of(root);
      stamps.hash(join(root, "t.csv"));
      stamps.save();
      return root;
    });
    const memos = readdirSync(join(shared, ".cache", "rafah-figures")).filter((f) => f.startsWith("stamps"));
    assert.equal(memos.length, 2, memos.join(", "));
    for (const memo of memos) {
      const paths = Object.keys(
        JSON.parse(readFileSync(join(shared, ".cache", "rafah-figures", memo), "utf8")) as object,
      );
      assert.equal(paths.length, 1);
      assert.ok(roots.some((root) => paths[0] === join(root, "t.csv")));
    }
  });
});
