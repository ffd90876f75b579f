/**
 * The drawing libraries as a compiled run loads them: jsdom and Plot bundled into one ASCII file
 * (scripts/vendor.mjs), loaded with V8's code cache (src/render/libs.ts). They must draw exactly
 * what the packages draw; a missing or corrupt cache only costs time and is made again.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { pathToFileURL } from "node:url";
import { JSDOM } from "jsdom";
import * as Plot from "@observablehq/plot";
import { compile } from "../../scripts/compile.mjs";
import { vendorBundle } from "../../scripts/vendor.mjs";

let out: string;

before(async () => {
  out = mkdtempSync(join(tmpdir(), "rf-vendor-"));
  // As dist/ finds the packages: in the project's node_modules, above it.
  symlinkSync(resolve("node_modules"), join(out, "node_modules"));
  await compile(".", out);
});
after(() => rmSync(out, { recursive: true, force: true }));

/** A small chart, as Plot draws it in a jsdom document. */
const DRAW = `(JSDOM, Plot) => Plot.plot({
  width: 200, height: 100,
  marks: [Plot.dot([[1, 2], [3, 4]], { x: "0", y: "1" }), Plot.text(["Gaza, 7 May"], { x: 2, y: 3, text: (d) => d })],
  document: new JSDOM("<!DOCTYPE html><body></body>").window.document,
}).outerHTML`;

/** The chart drawn here, by the packages under tsx. */
function drawnHere(): string {
  type Draw = (j: typeof JSDOM, p: typeof Plot) => string;
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the same drawing, here and in the child
  return (new Function(`return ${DRAW}`) as () => Draw)()(JSDOM, Plot);
}

/** The chart drawn by the compiled libs.js in a node of its own, which then keeps the code cache. */
function drawnCompiled(): string {
  const libs = pathToFileURL(join(out, "src", "render", "libs.js")).href;
  return execFileSync(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `const { JSDOM, Plot, keepCodeCache } = await import(${JSON.stringify(libs)});
       process.stdout.write((${DRAW})(JSDOM, Plot)); keepCodeCache();`,
    ],
    { encoding: "utf8" },
  );
}

test("the bundle is built once for its packages, in ASCII, and a second call finds it", async () => {
  const file = await vendorBundle(".", out);
  assert.equal(file, join(out, "vendor", "render.cjs"));
  const bytes = readFileSync(file);
  assert.ok(bytes.length > 1_000_000);
  assert.ok(
    bytes.every((b) => b < 0x80),
    "every byte is ASCII",
  );
  assert.match(
    readFileSync(join(out, "vendor", "render.stamp"), "utf8"),
    /^jsdom@\S+ in \/.*\n@observablehq\/plot@\S+ in \//m,
  );
  const built = statSync(file).mtimeMs;
  assert.equal(await vendorBundle(".", out), file);
  assert.equal(statSync(file).mtimeMs, built, "not built again");
});

test("the bundled jsdom and Plot draw what the packages draw, and a corrupt code cache is made again", async () => {
  await vendorBundle(".", out);
  const cache = join(out, "vendor", "render.v8");
  rmSync(cache, { force: true });
  const here = drawnHere();
  assert.match(here, /Gaza, 7 May/);
  assert.equal(drawnCompiled(), here);
  assert.ok(statSync(cache).size > 100_000, "the code cache is kept");
  writeFileSync(cache, "not a code cache");
  assert.equal(drawnCompiled(), here);
  assert.ok(statSync(cache).size > 100_000, "the corrupt cache is replaced");
});

test("a bundle made for other packages or another place is made again, and a damaged one leaves the packages to draw", async () => {
  const file = await vendorBundle(".", out);
  assert.ok(file);
  const stampFile = join(out, "vendor", "render.stamp");
  // As if the project had moved, or jsdom had been upgraded: the stamp names other packages.
  writeFileSync(stampFile, readFileSync(stampFile, "utf8").replace(/jsdom@\S+/, "jsdom@0.0.1"));
  const before = statSync(file).mtimeMs;
  assert.equal(await vendorBundle(".", out), file);
  assert.notEqual(statSync(file).mtimeMs, before, "built again");
  assert.match(readFileSync(stampFile, "utf8"), /jsdom@\d+\.\d+\.\d+ in \//);
  // Damaged on disk after it was made: the compiled run still draws, from the packages.
  const good = readFileSync(file);
  try {
    writeFileSync(file, "this is not JavaScript (");
    assert.equal(drawnCompiled(), drawnHere());
  } finally {
    writeFileSync(file, good);
  }
});
