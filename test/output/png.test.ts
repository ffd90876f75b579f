import assert from "node:assert/strict";
import { test } from "node:test";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { inflateSync } from "node:zlib";
import { LIGHT } from "../../src/style/index.ts";
import { crc32, drawPng, encodePng, pngWorkerStats, PngWorkers, rasterize } from "../../src/output/png.ts";

/** The chunks of a PNG, each with its CRC checked. */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
  assert.deepEqual(
    [...png.subarray(0, 8)],
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    "PNG signature",
  );
  const out: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString("latin1", at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    assert.equal(
      png.readUInt32BE(at + 8 + length),
      crc32(png.subarray(at + 4, at + 8 + length)),
      `${type} CRC`,
    );
    out.push({ type, data });
    at += 12 + length;
  }
  return out;
}

test("crc32 gives the standard check value", () => {
  assert.equal(crc32(Buffer.from("123456789")), 0xcbf43926);
  assert.equal(crc32(Buffer.alloc(0)), 0);
});

test("encodePng writes IHDR, IDAT and IEND, and the IDAT inflates back to the pixels, row by row", () => {
  const width = 3;
  const height = 2;
  const rgba = Uint8Array.from({ length: width * height * 4 }, (_, i) => (i * 37) % 256);
  const parts = chunks(encodePng(rgba, width, height));
  assert.deepEqual(
    parts.map((c) => c.type),
    ["IHDR", "IDAT", "IEND"],
  );
  const header = parts[0]?.data;
  assert.ok(header);
  assert.equal(header.readUInt32BE(0), width);
  assert.equal(header.readUInt32BE(4), height);
  assert.deepEqual([...header.subarray(8)], [8, 6, 0, 0, 0]);
  const rows = inflateSync(parts[1]?.data ?? Buffer.alloc(0));
  for (let y = 0; y < height; y++) {
    assert.equal(rows[y * (width * 4 + 1)], 0, "filter 0");
    assert.deepEqual(
      [...rows.subarray(y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1))],
      [...rgba.subarray(y * width * 4, (y + 1) * width * 4)],
    );
  }
  assert.throws(() => encodePng(rgba, width, height + 1), /expected 36 bytes of pixels, got 24/);
});

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="10" height="10" fill="#c00"/></svg>`;

test("a PNG drawn in a worker has the bytes of one drawn on this thread, at the SVG's width times the scale", async () => {
  const here = drawPng({ svg: SVG, scale: 2, fonts: [] });
  const there = await rasterize(SVG, 2, []);
  assert.ok(there.equals(here));
  // Drawn by a worker indeed: none was lost, and none of it fell back to this thread.
  const stats = pngWorkerStats();
  assert.ok(stats.started >= 1);
  assert.equal(stats.lost, 0);
  assert.equal(stats.drawnHere, 0);
  const header = chunks(there)[0]?.data;
  assert.equal(header?.readUInt32BE(0), 40);
  assert.equal(header?.readUInt32BE(4), 20);
});

test("many PNGs at once come back each to its own caller", async () => {
  const svgs = [1, 2, 3, 4, 5, 6].map((w) => SVG.replace('width="20"', `width="${w * 10}"`));
  const pngs = await Promise.all(svgs.map((svg) => rasterize(svg, 1, [])));
  assert.deepEqual(
    pngs.map((p) => chunks(p)[0]?.data.readUInt32BE(0)),
    [10, 20, 30, 40, 50, 60],
  );
});

test("an SVG resvg cannot read is an error for its caller, and the workers go on", async () => {
  await assert.rejects(rasterize("<svg", 1, []), /svg has no width|SVG|parse/i);
  await assert.rejects(rasterize(`<svg xmlns="http://www.w3.org/2000/svg" width="10"><g></svg>`, 1, []));
  assert.ok((await rasterize(SVG, 1, [])).length > 0);
  assert.equal(pngWorkerStats().lost, 0, "a bad SVG is an answer, not a lost worker");
});

test("workers that die mid-job give their jobs back: this thread draws them, and every caller gets its PNG", async () => {
  const dir = mkdtempSync(join(tmpdir(), "rf-png-"));
  const dying = join(dir, "dying.mjs");
  writeFileSync(
    dying,
    `import { parentPort } from "node:worker_threads";\nparentPort.on("message", () => process.exit(3));\n`,
  );
  try {
    const pool = new PngWorkers(pathToFileURL(dying));
    const pngs = await Promise.all(
      [1, 2, 3].map((w) =>
        pool.draw({ svg: SVG.replace('width="20"', `width="${w * 10}"`), scale: 1, fonts: [] }),
      ),
    );
    assert.deepEqual(
      pngs.map((p) => chunks(p)[0]?.data.readUInt32BE(0)),
      [10, 20, 30],
    );
    assert.equal(pool.stats.lost, pool.stats.started);
    assert.equal(pool.stats.drawnHere, 3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** PNGs of SVGs `widths` × 10 px wide, drawn by `pool` with this thread helping; each PNG's width as read back. */
async function drawnWidths(pool: PngWorkers, widths: number[]): Promise<(number | undefined)[]> {
  const pngs = widths.map((w) =>
    pool.draw({ svg: SVG.replace('width="20"', `width="${w * 10}"`), scale: 1, fonts: [] }),
  );
  await pool.drawHere();
  return (await Promise.all(pngs)).map((p) => chunks(p)[0]?.data.readUInt32BE(0));
}

test(
  "jobs a worker holds but has not begun are drawn here once this thread is free, and the worker's skip is no error",
  { timeout: 20_000 },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), "rf-png-"));
    // A worker busy for good: it takes its jobs and begins none, as one drawing a large PNG would.
    const stuck = join(dir, "stuck.mjs");
    writeFileSync(
      stuck,
      `import { parentPort } from "node:worker_threads";\nparentPort.on("message", () => {});\n`,
    );
    try {
      const pool = new PngWorkers(pathToFileURL(stuck));
      assert.deepEqual(await drawnWidths(pool, [1, 2, 3, 4, 5]), [10, 20, 30, 40, 50]);
      assert.equal(pool.stats.drawnHere, 5);
      pool.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // With real workers, each PNG is drawn once, here or there, and every caller gets its own.
    const pool = new PngWorkers();
    try {
      assert.deepEqual(await drawnWidths(pool, [6, 7, 8]), [60, 70, 80]);
      assert.equal(pool.stats.lost, 0);
    } finally {
      pool.stop();
    }
  },
);

test("the PNG background is opaque: resvg's premultiplied pixels are written as straight RGBA", () => {
  assert.match(LIGHT.background, /^#[0-9a-f]{6}$/i);
});
