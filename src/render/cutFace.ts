/**
 * A face cut down to the characters a chart uses (harfbuzz's hb-subset, through subset-font), as
 * TrueType for resvg or WOFF2 for the SVG (./woff2.ts), cached in the process and on disk.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Face } from "./fontFaces.ts";
import { toWoff2, WOFF2_ENCODER } from "./woff2.ts";

const require = createRequire(import.meta.url);

const fileCache = new Map<string, { bytes: Buffer; hash: string }>();
const subsetCache = new Map<string, Promise<Buffer>>();

/**
 * What makes a cut besides its face and characters, all part of its key, so a change to any is a
 * new cut: the options, subset-font and the harfbuzz that cut it, and the WOFF2 encoder's own
 * source (./woff2.ts hashes itself).
 */
const CUT = {
  noHinting: true,
  preserveNameIds: [16, 17],
  // subset-font's version and the harfbuzz it runs (its wasm, hashed).
  tools: [
    (JSON.parse(readFileSync(require.resolve("subset-font/package.json"), "utf8")) as { version: string })
      .version,
    createHash("sha256")
      .update(
        readFileSync(
          require.resolve("harfbuzzjs/dist/harfbuzz-subset.wasm", {
            paths: [dirname(require.resolve("subset-font"))],
          }),
        ),
      )
      .digest("hex")
      .slice(0, 16),
  ],
  woff2: WOFF2_ENCODER,
};

/**
 * subset-font, loaded only when a cut is not already kept on disk: with its harfbuzz and wawoff2 it
 * cost 66 ms of CPU to import, which an edit whose characters were all cut before need not pay.
 */
const subsetter = async () => (await import("subset-font")).default;

/**
 * A face cut to some characters, in a format. The same request is made once per process, and
 * with `cacheDir` once per machine: cuts are kept there under a hash of the face's bytes, the
 * characters, the format and the options, so a later run (an edit, a watch save) reuses them.
 * harfbuzz cuts the TrueType face once; the WOFF2 is that cut compressed (./woff2.ts).
 */
export function cutFace(
  face: Face,
  chars: string,
  format: "woff2" | "truetype",
  cacheDir?: string,
): Promise<Buffer> {
  let font = fileCache.get(face.file);
  if (!font) {
    const bytes = readFileSync(face.file);
    font = { bytes, hash: createHash("sha256").update(bytes).digest("hex") };
    fileCache.set(face.file, font);
  }
  const key = createHash("sha256")
    .update(JSON.stringify([font.hash, chars, format, face.features ?? null, CUT]))
    .digest("hex")
    .slice(0, 40);
  let found = subsetCache.get(key);
  if (!found) {
    const kept = cacheDir ? join(cacheDir, `${key}.${format === "woff2" ? "woff2" : "ttf"}`) : undefined;
    const bytes = font.bytes;
    found = (async () => {
      if (kept && existsSync(kept)) return readFileSync(kept);
      const cut =
        format === "woff2"
          ? await toWoff2(await cutFace(face, chars, "truetype", cacheDir))
          : await (
              await subsetter()
            )(bytes, chars, {
              targetFormat: "truetype",
              noHinting: CUT.noHinting,
              // The typographic family and style (name IDs 16, 17): without them resvg sees "Source Sans 3
              // Semibold" as a family of its own and draws 600 with the bold face.
              preserveNameIds: CUT.preserveNameIds,
              ...(face.features ? { keepFeatures: face.features } : {}),
            });
      if (kept) {
        // Written under a temporary name and renamed, so a reader never sees half a font.
        mkdirSync(dirname(kept), { recursive: true });
        const tmp = `${kept}.${process.pid}.tmp`;
        writeFileSync(tmp, cut);
        renameSync(tmp, kept);
      }
      return cut;
    })();
    subsetCache.set(key, found);
  }
  return found;
}
