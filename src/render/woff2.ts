/**
 * WOFF2 from a TrueType font with Node's own Brotli, on libuv's thread pool. Why ours: the only
 * maintained encoder on npm, wawoff2 (what subset-font uses), is Google's C++ compiled to wasm; it
 * runs on the main thread and cost 0.57 s of a 3 s cold build (23 cuts), where zlib's native Brotli
 * takes a fifth of that and runs beside the drawing. What we leave out is the optional glyf/loca
 * transform (W3C WOFF2 §5.1): every table is stored as it is ("null transform", allowed for glyf and
 * loca since the 2018 Recommendation), which costs a few per cent of size on our subsets. The
 * container follows the Recommendation and fontTools' WOFF2Writer: tables sorted by tag, their data
 * concatenated unpadded and compressed as one Brotli stream in font mode, the file padded to 4 bytes.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { brotliCompress, constants } from "node:zlib";

const compress = promisify(brotliCompress);

/** This module's own source, hashed: kept WOFF2 cuts are keyed by it, so a change here makes new ones. */
export const WOFF2_ENCODER = createHash("sha256")
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .digest("hex")
  .slice(0, 16);

/**
 * Brotli's quality. Measured on this project's 23 cuts of a cold build: 10 gives files 0.5% larger
 * than 11 (the maximum) for about 0.1 s less of a cold build; 9 gives 2.5% larger.
 */
const QUALITY = 10;

/** The Recommendation's known tags (§4.1): a table with one of these is named by its index. */
const KNOWN_TAGS = [
  "cmap", "head", "hhea", "hmtx", "maxp", "name", "OS/2", "post", "cvt ", "fpgm", "glyf", "loca", "prep",
  "CFF ", "VORG", "EBDT", "EBLC", "gasp", "hdmx", "kern", "LTSH", "PCLT", "VDMX", "vhea", "vmtx", "BASE",
  "GDEF", "GPOS", "GSUB", "EBSC", "JSTF", "MATH", "CBDT", "CBLC", "COLR", "CPAL", "SVG ", "sbix", "acnt",
  "avar", "bdat", "bloc", "bsln", "cvar", "fdsc", "feat", "fmtx", "fvar", "gvar", "hsty", "just", "lcar",
  "mort", "morx", "opbd", "prop", "trak", "Zapf", "Silf", "Glat", "Gloc", "Feat", "Sill",
]; // prettier-ignore

interface Table {
  tag: string;
  data: Buffer;
}

/** The tables of a TrueType (or CFF) sfnt, sorted by tag as browsers' sanitiser expects. */
export function sfntTables(font: Buffer): { flavor: number; tables: Table[] } {
  if (font.length < 12) throw new Error("not an sfnt font: too short");
  const flavor = font.readUInt32BE(0);
  // TrueType (0x00010000 or "true") or CFF ("OTTO"); anything else is not a font we can wrap.
  if (![0x00010000, 0x74727565, 0x4f54544f].includes(flavor))
    throw new Error("not an sfnt font: unknown flavor");
  const count = font.readUInt16BE(4);
  const tables: Table[] = [];
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    if (at + 16 > font.length) throw new Error("not an sfnt font: directory past the end");
    const tag = font.toString("latin1", at, at + 4);
    const offset = font.readUInt32BE(at + 8);
    const length = font.readUInt32BE(at + 12);
    if (offset + length > font.length) throw new Error(`sfnt table ${tag} past the end of the font`);
    // A DSIG cannot survive re-encoding (fontTools drops it too).
    if (tag !== "DSIG") tables.push({ tag, data: font.subarray(offset, offset + length) });
  }
  tables.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  return { flavor, tables };
}

/** UIntBase128 (§2): big-endian groups of seven bits, the high bit set on all but the last. */
export function base128(n: number): number[] {
  const out = [n & 0x7f];
  for (let rest = Math.floor(n / 128); rest > 0; rest = Math.floor(rest / 128))
    out.unshift((rest & 0x7f) | 0x80);
  return out;
}

/** The sfnt's size once a decoder has rebuilt it: header, directory and each table padded to 4 bytes. */
function sfntSize(tables: readonly Table[]): number {
  return tables.reduce((size, t) => size + ((t.data.length + 3) & ~3), 12 + 16 * tables.length);
}

/** A TrueType font as WOFF2, every table null-transformed. Same font, same bytes. */
export async function toWoff2(font: Buffer): Promise<Buffer> {
  const { flavor, tables } = sfntTables(font);
  // The Recommendation (§5) has an encoder set bit 11 of head.flags: "lossless modifying transform".
  for (const t of tables) {
    if (t.tag !== "head" || t.data.length < 18) continue;
    t.data = Buffer.from(t.data);
    t.data.writeUInt16BE(t.data.readUInt16BE(16) | 0x0800, 16);
  }
  const stream = Buffer.concat(tables.map((t) => t.data));
  const compressed = await compress(stream, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_FONT,
      [constants.BROTLI_PARAM_QUALITY]: QUALITY,
      // A window no larger than the data: a larger one only costs memory and time.
      [constants.BROTLI_PARAM_LGWIN]: Math.max(10, Math.min(24, Math.ceil(Math.log2(stream.length + 1)))),
      [constants.BROTLI_PARAM_SIZE_HINT]: stream.length,
    },
  });
  const directory: number[] = [];
  for (const { tag, data } of tables) {
    const known = KNOWN_TAGS.indexOf(tag);
    // Bits 6–7 are the transform version: 3 is the null transform for glyf and loca, 0 for the rest.
    const version = tag === "glyf" || tag === "loca" ? 3 << 6 : 0;
    directory.push((known >= 0 ? known : 0x3f) | version);
    if (known < 0) directory.push(...Buffer.from(tag, "latin1"));
    directory.push(...base128(data.length));
  }
  const headerSize = 48;
  const unpadded = headerSize + directory.length + compressed.length;
  const length = (unpadded + 3) & ~3;
  const out = Buffer.alloc(length);
  out.write("wOF2", 0, "latin1");
  out.writeUInt32BE(flavor, 4);
  out.writeUInt32BE(length, 8);
  out.writeUInt16BE(tables.length, 12);
  out.writeUInt16BE(0, 14);
  out.writeUInt32BE(sfntSize(tables), 16);
  out.writeUInt32BE(compressed.length, 20);
  // The font's own version (head.fontRevision), as fontTools writes it; metadata and private blocks are empty.
  const head = tables.find((t) => t.tag === "head")?.data;
  out.writeUInt16BE(head && head.length >= 8 ? head.readUInt16BE(4) : 0, 24);
  out.writeUInt16BE(head && head.length >= 8 ? head.readUInt16BE(6) : 0, 26);
  Buffer.from(directory).copy(out, headerSize);
  compressed.copy(out, headerSize + directory.length);
  return out;
}
