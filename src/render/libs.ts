/**
 * jsdom and Observable Plot for the renderer. A compiled run (dist/, what `npm run charts` runs)
 * loads them from the one-file bundle scripts/vendor.mjs builds, with V8's compiled code kept
 * beside it (render.v8), made after the first chart is drawn so that it holds the functions
 * drawing compiles, not only those loading does. Tests and tsx import the packages themselves.
 *
 * Why our own loader: node 20's require() keeps no compiled code (module.enableCompileCache came
 * in node 22.1), and v8-compile-cache, the package for it, makes its cache when a file is compiled,
 * before it runs, which holds almost none of the functions that loading and drawing compile.
 */
import { isAscii } from "node:buffer";
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";
import type * as JsdomApi from "jsdom";
import type * as PlotApi from "@observablehq/plot";

interface Libs {
  JSDOM: typeof JsdomApi.JSDOM;
  Plot: typeof PlotApi;
}

/** The bundle of a compiled tree: dist/vendor/render.cjs beside dist/src. */
const bundleFile = import.meta.url.endsWith(".js")
  ? fileURLToPath(new URL("../../vendor/render.cjs", import.meta.url))
  : undefined;

let script: Script | undefined;
let cacheFile: string | undefined;
/** Whether the code cache was missing or stale, so that keepCodeCache writes one. */
let cacheWanted = false;

function fromBundle(file: string): Libs | undefined {
  let source: string;
  try {
    const bytes = readFileSync(file);
    // scripts/vendor.mjs writes ASCII: Latin-1 reads it as it is, without decoding UTF-8.
    source = bytes.toString(isAscii(bytes) ? "latin1" : "utf8");
  } catch {
    return undefined;
  }
  cacheFile = `${dirname(file)}/render.v8`;
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // The wrapper node's require() gives a CommonJS module, and a require resolving from the bundle's place.
  script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  cacheWanted = !cachedData || script.cachedDataRejected === true;
  const module = { exports: {} as Libs };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}

async function load(): Promise<Libs> {
  try {
    const bundled = bundleFile ? fromBundle(bundleFile) : undefined;
    if (bundled) return bundled;
  } catch {
    // A bundle that does not run (damaged on disk): the packages draw the same, only slower.
    script = undefined;
  }
  const [{ JSDOM }, Plot] = await Promise.all([import("jsdom"), import("@observablehq/plot")]);
  return { JSDOM, Plot };
}

export const { JSDOM, Plot } = await load();

/**
 * Keep V8's compiled code of the bundle for the next run, once this process has drawn: written
 * when there was none or it was stale, beside the bundle, whole or not at all. Best-effort: a
 * read-only dist/ only makes the next run slower.
 */
export function keepCodeCache(): void {
  if (!script || !cacheFile || !cacheWanted) return;
  cacheWanted = false;
  const partial = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, cacheFile);
  } catch {
    try {
      rmSync(partial, { force: true });
    } catch {
      // Nothing was written.
    }
  }
}
