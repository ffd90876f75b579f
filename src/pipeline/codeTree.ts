/**
 * The code a watch runs a project's notebooks and charts with, and bringing it up to date when a
 * notebook or a src/ file is saved. A project's code tree is its compiled dist/ (the command a
 * user types) or, under tsx (tests, development), its sources. A saved notebook is compiled into
 * the tree and imported again under a new version; a saved src/ file needs every module to load
 * again, so the watch moves to a fresh copy of the tree, dist/.watch/<generation>/, whose modules
 * are new to node. A syntax error is returned at file:line:column and nothing is written.
 */
import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { compile, CompileError, transformFile, type CompileProblem } from "../../scripts/compile.mjs";

/** Whether this code runs compiled (plain node on dist/) rather than from its TypeScript sources. */
export const COMPILED = import.meta.url.endsWith(".js");

/** The folder a project's code runs from, holding src/ and notebooks/: dist/, or the project under tsx. */
export function codeTree(root: string): string {
  return COMPILED ? join(root, "dist") : root;
}

/** Where the fresh trees of a watch go; removed when a watch starts and when it stops. */
export function freshTrees(root: string): string {
  return join(root, "dist", ".watch");
}

/**
 * Bring `tree` up to date with the saved `files` (relative to root). Returns their syntax errors,
 * and then writes nothing; otherwise compiles them into the tree (or, under tsx, copies them into
 * a fresh tree).
 */
export async function updateTree(
  root: string,
  tree: string,
  files: readonly string[],
): Promise<CompileProblem[]> {
  const saved = files.filter((f) => existsSync(join(root, f)));
  if (COMPILED) {
    try {
      await compile(root, tree);
      return [];
    } catch (error) {
      if (error instanceof CompileError) return error.problems;
      throw error;
    }
  }
  const checked = await Promise.all(saved.map((f) => transformFile(root, f)));
  const problems = checked.flatMap((r) => r.problems ?? []);
  if (problems.length || tree === root) return problems;
  for (const f of files) {
    const to = join(tree, f);
    if (saved.includes(f)) {
      mkdirSync(dirname(to), { recursive: true });
      cpSync(join(root, f), to);
    } else rmSync(to, { force: true });
  }
  return [];
}

/** A copy of `tree` (its src/, notebooks/ and scripts/ and what compiled them) for generation `n`, with `files` brought up to date. */
export async function freshTree(
  root: string,
  tree: string,
  n: number,
  files: readonly string[],
): Promise<{ tree: string; problems: CompileProblem[] }> {
  const fresh = join(freshTrees(root), String(n));
  rmSync(fresh, { recursive: true, force: true });
  for (const part of ["src", "notebooks", "scripts", ".compiled.json"])
    if (existsSync(join(tree, part))) cpSync(join(tree, part), join(fresh, part), { recursive: true });
  const problems = await updateTree(root, fresh, files);
  if (problems.length) rmSync(fresh, { recursive: true, force: true });
  return { tree: fresh, problems };
}
