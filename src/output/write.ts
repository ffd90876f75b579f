import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileProblem, UserError } from "../errors.ts";

/** The bytes at a path, or undefined if there is no file. Throws a UserError at the path for anything else. */
export function readIfExists(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw blame(path, error);
  }
}

/**
 * Write through a temporary file in the same folder and rename it into place,
 * so a reader or a crash never sees half a file and a failed write leaves the
 * old file as it was. Returns whether the bytes changed; unchanged files are
 * not touched. A failure throws a UserError at the path at fault.
 */
export function writeAtomic(path: string, bytes: Uint8Array | string): boolean {
  const data = typeof bytes === "string" ? Buffer.from(bytes) : Buffer.from(bytes);
  const old = readIfExists(path);
  if (old && old.equals(data)) return false;
  const tmp = `${path}.${process.pid}.tmp`;
  let at = dirname(path);
  try {
    mkdirSync(dirname(path), { recursive: true });
    at = tmp;
    // A leftover temporary file, or a link planted there, is removed, and the new one is created afresh ("wx"):
    // nothing is ever written through a link.
    rmSync(tmp, { force: true });
    writeFileSync(tmp, data, { flag: "wx" });
    at = path;
    renameSync(tmp, path);
  } catch (error) {
    try {
      if (at !== dirname(path)) rmSync(tmp, { force: true });
    } catch {
      // Keep the original error; a temp file that cannot be removed is named in it.
    }
    throw blame(at, error);
  }
  return true;
}

/** The UserError for a failure on `path`. When a file stands where a folder should be, name that file. */
function blame(path: string, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOTDIR" || code === "EEXIST") {
    for (let p = code === "EEXIST" ? path : dirname(path); dirname(p) !== p; p = dirname(p)) {
      try {
        if (!statSync(p).isDirectory()) return new UserError("not a folder", { location: { path: p } });
      } catch {
        // Not there: look further up.
      }
    }
  }
  return new UserError(fileProblem(error), { location: { path } });
}
