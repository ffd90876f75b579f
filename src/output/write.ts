import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/** The bytes at a path, or undefined if there is no file. */
export function readIfExists(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/**
 * Write through a temporary file in the same folder and rename it into place,
 * so a reader or a crash never sees half a file and a failed write leaves the
 * old file as it was. Returns whether the bytes changed; unchanged files are
 * not touched.
 */
export function writeAtomic(path: string, bytes: Uint8Array | string): boolean {
  const data = typeof bytes === "string" ? Buffer.from(bytes) : Buffer.from(bytes);
  const old = readIfExists(path);
  if (old && old.equals(data)) return false;
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (error) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // Keep the original error; a temp file that cannot be removed is named in it.
    }
    throw error;
  }
  return true;
}
