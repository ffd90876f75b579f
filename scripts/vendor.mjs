// The drawing libraries, jsdom and Observable Plot, as one CommonJS file (dist/vendor/render.cjs)
// that src/render/libs.ts loads with a V8 code cache. Importing the packages themselves means
// resolving, reading and compiling some 900 files on every run that draws, which takes about 0.8 s
// on two cores (the bench's floor); one minified file whose compiled code V8 keeps takes about
// half of that. The bundle is esbuild's; what is ours is the plugin below: jsdom finds files of
// its own package at run time (its default stylesheet by __dirname, its sync-XHR worker by
// require.resolve) and css-tree its data by createRequire(import.meta.url), so each of those is
// pinned to the file's real place in node_modules, which the bundle does not move. Built by
// `prepare` and again by run.mjs when jsdom, Plot or esbuild change (the stamp names their
// versions); a project where it cannot be built imports the packages as before.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

/** The packages bundled, by the names libs.ts gives them. */
const ENTRY = `export { JSDOM } from "jsdom";\nexport * as Plot from "@observablehq/plot";\n`;

/** What the bundle is made from: esbuild's, jsdom's and Plot's versions and places, and the entry. */
function stampOf(root) {
  const require = createRequire(join(root, "package.json"));
  // Plot's exports do not include its package.json: it is found the way node finds the package.
  // Each with the folder it is in: the bundle names files inside them, so a moved project
  // makes a new one.
  const version = (pkg) => {
    for (const dir of require.resolve.paths(pkg) ?? []) {
      try {
        const { version } = JSON.parse(readFileSync(join(dir, pkg, "package.json"), "utf8"));
        return `${pkg}@${version} in ${dir}`;
      } catch {
        // Not in this node_modules: the next one up.
      }
    }
    throw new Error(`${pkg} is not installed`);
  };
  return [version("esbuild"), version("jsdom"), version("@observablehq/plot"), ENTRY].join("\n");
}

/** jsdom's and css-tree's reads of their own files, pinned to where those files are. */
const pinPaths = {
  name: "pin-package-paths",
  setup(build) {
    build.onLoad({ filter: /\.[cm]?js$/ }, (args) => {
      const text = readFileSync(args.path, "utf8");
      if (!/__dirname|__filename|import\.meta\.url|require\.resolve\(/.test(text)) return undefined;
      const dir = dirname(args.path);
      const contents = text
        .replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href))
        .replace(/\brequire\.resolve\((["'])(\.\.?\/[^"']+)\1\)/g, (_m, _q, path) =>
          JSON.stringify(resolve(dir, path)),
        )
        .replace(/\b__dirname\b/g, JSON.stringify(dir))
        .replace(/\b__filename\b/g, JSON.stringify(args.path));
      return { contents, loader: "js" };
    });
  },
};

/**
 * dist/vendor/render.cjs for this project's packages: its path, built first when missing or stale
 * (a second or two, once), or undefined when it cannot be built (remembered by its stamp, so it is
 * not tried on every run).
 */
export async function vendorBundle(projectRoot, outDir = join(projectRoot, "dist")) {
  const root = resolve(projectRoot);
  const dir = join(outDir, "vendor");
  const file = join(dir, "render.cjs");
  let stamp;
  try {
    stamp = stampOf(root);
    const was = readFileSync(join(dir, "render.stamp"), "utf8");
    if (was === stamp) return file;
    if (was === `failed ${stamp}`) return undefined;
  } catch {
    if (!stamp) return undefined;
  }
  const partial = `${file}.${process.pid}.tmp`;
  try {
    // The old bundle and its stamp go first, and the new ones come last: libs.ts loads whatever
    // render.cjs it finds, so an interrupted or failed build leaves none (and the packages load).
    for (const old of ["render.stamp", "render.cjs", "render.v8"]) rmSync(join(dir, old), { force: true });
    mkdirSync(dir, { recursive: true });
    const { build } = await import("esbuild");
    await build({
      stdin: { contents: ENTRY, resolveDir: root, loader: "js" },
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      minify: true,
      // canvas is an optional peer of jsdom that this project does not install.
      external: ["canvas"],
      // The packages' licence comments go to render.cjs.LEGAL.txt, and the one regular expression
      // esbuild leaves with characters beyond ASCII (Plot's arrows) is escaped below: an ASCII
      // file is read as Latin-1, twice as fast as decoding UTF-8 (libs.ts).
      legalComments: "external",
      outfile: partial,
      plugins: [pinPaths],
      logLevel: "silent",
    });
    const code = readFileSync(partial, "utf8");
    writeFileSync(
      partial,
      code.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`),
    );
    renameSync(`${partial}.LEGAL.txt`, `${file}.LEGAL.txt`);
    renameSync(partial, file);
    writeFileSync(join(dir, "render.stamp"), stamp);
    return file;
  } catch {
    // An optimisation that cannot be made is not an error: remembered, and the packages load.
    try {
      rmSync(partial, { force: true });
      writeFileSync(join(dir, "render.stamp"), `failed ${stamp}`);
    } catch {
      // A folder that cannot be written: tried again next time.
    }
    return undefined;
  }
}
