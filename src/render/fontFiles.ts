/** The cut faces as files, for resvg, which reads fonts only from files. */
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

let fontDir: string | undefined;

/**
 * Paths of TrueType files for resvg, which reads fonts only from files: each face is written
 * once per process, by content, into a folder of the system's temporary directory that is
 * removed when the process exits.
 */
export function fontFiles(faces: readonly Buffer[]): string[] {
  if (!fontDir) {
    const dir = mkdtempSync(join(tmpdir(), "rf-fonts-"));
    fontDir = dir;
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  }
  const dir = fontDir;
  return faces.map((bytes) => {
    const path = join(dir, `${createHash("sha256").update(bytes).digest("hex").slice(0, 32)}.ttf`);
    if (!existsSync(path)) writeFileSync(path, bytes);
    return path;
  });
}
