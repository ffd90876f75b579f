import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import fc from "fast-check";
import subsetFont from "subset-font";
import { decompress } from "wawoff2";
import { base128, sfntTables, toWoff2 } from "../../src/render/woff2.ts";

const REGULAR = readFileSync("node_modules/source-sans/TTF/SourceSans3-Regular.ttf");
const HEBREW = readFileSync(
  "node_modules/@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-400-normal.woff2",
);

/** Google's own decoder must give back every table of the font we encoded, byte for byte. */
async function roundTrips(ttf: Buffer): Promise<void> {
  const woff2 = await toWoff2(ttf);
  assert.equal(woff2.toString("latin1", 0, 4), "wOF2");
  assert.equal(woff2.readUInt32BE(8), woff2.length, "the header gives the file's length");
  assert.equal(woff2.length % 4, 0, "padded to 4 bytes");
  const back = Buffer.from(await decompress(woff2));
  const before = sfntTables(ttf).tables;
  const after = sfntTables(back).tables;
  assert.deepEqual(
    after.map((t) => t.tag),
    before.map((t) => t.tag),
  );
  for (const [i, t] of before.entries()) {
    const u = after[i];
    assert.ok(u);
    // The decoder recomputes head's checkSumAdjustment (bytes 8–11) for the rebuilt file, and the
    // encoder sets bit 11 of head.flags (bytes 16–17), as the Recommendation asks.
    const strip = (b: Buffer) => {
      if (t.tag !== "head") return b;
      const c = Buffer.concat([b.subarray(0, 8), Buffer.alloc(4), b.subarray(12)]);
      c.writeUInt16BE(c.readUInt16BE(16) & ~0x0800, 16);
      return c;
    };
    assert.ok(strip(u.data).equals(strip(t.data)), `table ${t.tag} comes back as it went in`);
    if (t.tag === "head") assert.ok(u.data.readUInt16BE(16) & 0x0800, "head.flags bit 11 set");
  }
}

test("UIntBase128 as the WOFF2 Recommendation gives it", () => {
  assert.deepEqual(base128(0), [0]);
  assert.deepEqual(base128(63), [63]);
  assert.deepEqual(base128(127), [0x7f]);
  assert.deepEqual(base128(128), [0x81, 0x00]);
  assert.deepEqual(base128(16_383), [0xff, 0x7f]);
  assert.deepEqual(base128(16_384), [0x81, 0x80, 0x00]);
  assert.deepEqual(base128(2 ** 32 - 1), [0x8f, 0xff, 0xff, 0xff, 0x7f]);
});

test("a chart's cut of Source Sans 3 decodes, with Google's woff2, to the same tables", async () => {
  const cut = await subsetFont(REGULAR, "Rafah crossing closed since 6 May 2024 — 1,321 injured", {
    targetFormat: "truetype",
    noHinting: true,
    keepFeatures: ["kern"],
  });
  await roundTrips(cut);
});

test("any cut decodes to the same tables (property, Latin, Hebrew)", async () => {
  const hebrew = await subsetFont(HEBREW, "אבגדהוזחטיכלמנסעפצקרשת", { targetFormat: "truetype" });
  await roundTrips(hebrew);
  await fc.assert(
    fc.asyncProperty(
      fc.string({
        unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789,.’—–()"),
        minLength: 1,
        maxLength: 40,
      }),
      async (chars) =>
        roundTrips(await subsetFont(REGULAR, chars, { targetFormat: "truetype", noHinting: true })),
    ),
    { numRuns: 12 },
  );
});

test("the same font gives the same bytes", async () => {
  const cut = await subsetFont(REGULAR, "Gaza", { targetFormat: "truetype" });
  assert.ok((await toWoff2(cut)).equals(await toWoff2(cut)));
});

test("what is not an sfnt is refused, not encoded", async () => {
  await assert.rejects(toWoff2(Buffer.from("not a font")), /not an sfnt font/);
  await assert.rejects(toWoff2(Buffer.alloc(12)), /not an sfnt font: unknown flavor/);
  const cut = await subsetFont(REGULAR, "Gaza", { targetFormat: "truetype" });
  await assert.rejects(toWoff2(cut.subarray(0, 40)), /past the end/);
});
