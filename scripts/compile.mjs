// Compiling the project's TypeScript (src/, notebooks/, scripts/) into dist/ as plain JavaScript,
// so the command a user types runs on plain node without a TypeScript loader (tsx costs about a
// second of start-up and hooks every module jsdom loads). Plain JavaScript itself, because it runs
// before anything is compiled. Each file is transformed alone with esbuild (types stripped, no
// bundling), and relative imports of ".ts" files become ".js": esbuild does not rewrite import
// paths when it is not bundling, so that one line is ours. Only files whose size or time changed
// since the last run are compiled again; a run with nothing changed costs a few stat calls. A file
// that does not compile (a syntax error) is not written: CompileError names each error at
// file:line:column, and the file is tried again next time.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

/** Folders compiled, relative to the project root. */
export const SOURCE_DIRS = ["src", "notebooks", "scripts"];

const MANIFEST = ".compiled.json";

/** Every .ts file (and plain .mjs module, copied as it is) under the source folders, as paths relative to root. */
export function sourceFiles(root) {
  const out = [];
  const walk = (dir) => {
    let entries;
    try {
      entries = readdirSync(join(root, dir), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (
        e.isFile() &&
        ((e.name.endsWith(".ts") && !e.name.endsWith(".d.ts")) || e.name.endsWith(".mjs"))
      )
        out.push(path);
    }
  };
  for (const dir of SOURCE_DIRS) walk(dir);
  return out.sort();
}

/** Relative imports of TypeScript files, as written in our sources: `from "./x.ts"`, `import("../y.ts")`. */
const TS_IMPORT = /((?:\bfrom|\bimport)\s*\(?\s*)(["'])(\.{1,2}\/[^"'\n]+?)\.ts\2/g;

export function rewriteImports(code) {
  return code.replace(TS_IMPORT, (_m, head, quote, path) => `${head}${quote}${path}.js${quote}`);
}

/** Syntax errors, each at `file:line:column: message` (file relative to the project, 1-based line and column). */
export class CompileError extends Error {
  constructor(problems) {
    const n = problems.length;
    super(`${n} error${n === 1 ? "" : "s"} in ${[...new Set(problems.map((p) => p.file))].join(", ")}`);
    this.name = "CompileError";
    this.problems = problems;
  }

  /** One line per error: "notebooks/hostages.ts:222:36: Expected "," but found "names"". */
  lines() {
    return this.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`);
  }
}

/** A TypeScript file's JavaScript, or its syntax errors (esbuild's, lines 1-based and columns made so). */
export async function transformFile(root, file, sourcefile = file) {
  const { transform } = await import("esbuild");
  const source = readFileSync(join(root, file), "utf8");
  try {
    const result = await transform(source, {
      loader: "ts",
      format: "esm",
      target: "node20",
      sourcemap: "inline",
      sourcefile,
      logLevel: "silent",
    });
    return { code: rewriteImports(result.code) };
  } catch (error) {
    const errors = Array.isArray(error?.errors) ? error.errors : [{ text: String(error?.message ?? error) }];
    return {
      problems: errors.map((e) => ({
        file: file.split("\\").join("/"),
        line: e.location?.line ?? 1,
        column: (e.location?.column ?? 0) + 1,
        message: e.text,
      })),
    };
  }
}

/**
 * Bring root/dist up to date with the sources. Returns the files compiled (relative paths), an
 * empty list when nothing changed; throws a CompileError listing every syntax error, after
 * compiling the other files. `outDir` defaults to root/dist.
 */
export async function compile(root, outDir = join(root, "dist")) {
  const manifestPath = join(outDir, MANIFEST);
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  } catch {
    manifest = {};
  }
  const files = sourceFiles(root);
  const next = {};
  const stale = [];
  for (const file of files) {
    const s = statSync(join(root, file));
    const stamp = `${s.size}:${s.mtimeMs}`;
    next[file] = stamp;
    if (manifest[file] !== stamp) stale.push(file);
  }
  const removed = Object.keys(manifest).filter((f) => !(f in next));
  if (stale.length === 0 && removed.length === 0) return [];
  const problems = [];
  await Promise.all(
    stale.map(async (file) => {
      if (file.endsWith(".mjs")) {
        const out = join(outDir, file);
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, readFileSync(join(root, file)));
        return;
      }
      const result = await transformFile(root, file, relative(outDir, join(root, file)));
      if (result.problems) {
        problems.push(...result.problems);
        // Not compiled: its old stamp is kept, so it is tried again, and its old output stays.
        if (manifest[file] === undefined) delete next[file];
        else next[file] = manifest[file];
        return;
      }
      const out = join(outDir, file.replace(/\.ts$/, ".js"));
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, result.code);
    }),
  );
  for (const file of removed) rmSync(join(outDir, file.replace(/\.ts$/, ".js")), { force: true });
  mkdirSync(outDir, { recursive: true });
  // The manifest is written last: an interrupted compile is redone next time.
  writeFileSync(manifestPath, JSON.stringify(next));
  if (problems.length)
    throw new CompileError(
      problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line)),
    );
  return stale;
}
