/**
 * Content hashes of files, remembered between runs by each file's stamp (size, modification time
 * and inode), so that a run with nothing to do reads no file it hashed before: the no-op run read
 * and hashed some 250 source, data and chart files, about 50 ms of its half second. As make and
 * git do, a file is trusted by its stamp. One modified less than two seconds before it was hashed
 * is not remembered (git's "racily clean" file): an edit in the same clock tick as the hash would
 * keep the stamp and could go unseen. The memo lives in the build cache and is best-effort: when it
 * cannot be read or written, every file is hashed, as before. Written by hand: no package keeps a
 * stamp-keyed hash memo on disk (the content hash is manifest.ts's hashBytes).
 */
import { readFileSync, renameSync, statSync, writeFileSync, type Stats } from "node:fs";
import { join } from "node:path";
import { cacheDir, hashBytes, readQuietly } from "./manifest.ts";

/**
 * One memo per project: projects that share node_modules (worktrees, test copies) share its build
 * cache, and one memo for all of them grew with every copy (6,000 entries, 0.8 MB read on every run).
 */
const memoName = (root: string) => `stamps-${hashBytes(root)}.json`;
/** A file modified this recently is hashed again on the next run (its stamp may not have moved). */
const RACY_MS = 2000;

type Memo = Record<string, [stamp: string, hash: string]>;

const stampOf = (s: Stats) => `${s.size}:${s.mtimeMs}:${s.ino}`;

export class StampedHashes {
  private readonly memo: Memo;
  private changed = false;

  constructor(
    private readonly file: string | undefined,
    private readonly now: () => number = Date.now,
  ) {
    this.memo = file ? readMemo(file) : {};
  }

  /** The memo of a project's build cache (none with `cache` false: every file is read). */
  static of(root: string, cache = true): StampedHashes {
    return new StampedHashes(cache ? join(cacheDir(root), memoName(root)) : undefined);
  }

  /** The hash of a file's bytes (hashBytes), or undefined when it cannot be read. */
  hash(path: string): string | undefined {
    const stats = statQuietly(path);
    if (!stats) return undefined;
    const stamp = stampOf(stats);
    const known = this.memo[path];
    if (known && known[0] === stamp) return known[1];
    const bytes = readQuietly(path);
    if (!bytes) return undefined;
    const hash = hashBytes(bytes);
    if (this.now() - stats.mtimeMs >= RACY_MS) {
      this.memo[path] = [stamp, hash];
      this.changed = true;
    } else if (known) {
      delete this.memo[path];
      this.changed = true;
    }
    return hash;
  }

  /** Write the memo if it changed: whole, then renamed into place; nothing is said when it cannot be. */
  save(): void {
    if (!this.file || !this.changed) return;
    const partial = `${this.file}.${process.pid}.tmp`;
    try {
      writeFileSync(partial, JSON.stringify(this.memo));
      renameSync(partial, this.file);
      this.changed = false;
    } catch {
      // The cache is an optimisation: the next run hashes these files again.
    }
  }
}

function statQuietly(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function readMemo(file: string): Memo {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return {};
    const memo: Memo = {};
    for (const [path, entry] of Object.entries(parsed)) {
      if (Array.isArray(entry) && typeof entry[0] === "string" && typeof entry[1] === "string")
        memo[path] = [entry[0], entry[1]];
    }
    return memo;
  } catch {
    return {};
  }
}
