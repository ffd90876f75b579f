/**
 * A watch's rounds: what it keeps between saves (the project as last loaded, every chart's
 * outputs and fingerprints, the renderer), and what one batch of saves does. A saved notebook is
 * compiled and type-checked before its charts are written; a saved src/ file moves the watch to
 * new code (a Handover); a save with an error in the data or the code prints it where it is,
 * writes nothing and leaves the watch as it was.
 */
import { basename } from "node:path";
import type { CompileProblem } from "../../scripts/compile.mjs";
import type { TableMemo } from "../data/load.ts";
import { UserError } from "../errors.ts";
import type { ChartOutput } from "../output/chartFiles.ts";
import type { renderCharts } from "../output/renderChart.ts";
import { fingerprint, fromCache } from "./cache.ts";
import { freshTree, updateTree } from "./codeTree.ts";
import { loadRenderer, renderContext, type BuildOptions } from "./config.ts";
import { cacheWarning, cacheWriteProblem } from "./manifest.ts";
import { loadProject, type Project } from "./project.ts";
import { publish } from "./publish.ts";
import type { Io } from "./report.ts";
import type { TypeChecker } from "./typecheck.ts";

export interface WatchHooks {
  /** Called after each render is written (the preview reloads its pages). */
  onRendered?: () => void;
  /** The renderer, injectable so a test can make it slow. */
  render?: typeof renderCharts;
  /** Set on the watch that takes over when a src/ file was saved: it runs the new code. */
  handover?: Handover;
}

/** What a watch on new code takes over: its code tree and generation, why it draws, the warm type checker. */
export interface Handover {
  tree: string;
  generation: number;
  why: string;
  types: TypeChecker;
}

/** What a watch keeps between saves. */
export interface Session {
  options: BuildOptions;
  io: Io;
  hooks: WatchHooks;
  /**
   * The code the project runs from (codeTree.ts), its generation, the last import version, and
   * the version each notebook saved since the start was imported at (the others: 0).
   */
  tree: string;
  generation: number;
  version: number;
  imported: Map<string, number>;
  project: Project;
  outputs: Map<string, ChartOutput>;
  prints: Map<string, string>;
  /** Code files whose last check failed: checked again with every save until they pass. */
  broken: Set<string>;
  /** The tables as last read: a save reads again only the tables whose bytes changed. */
  tables: TableMemo;
  /** Why the build cache cannot be written (fonts are then cut afresh), if it cannot. */
  unwritable: string | undefined;
  /** The renderer, loaded when first needed or in the background once watching. */
  renderer: () => Promise<typeof renderCharts>;
}

/**
 * Load the project from `tree` and take every chart whose files are as the last run left them
 * from disk. Returns the session, the charts left to draw and how many were read back.
 */
export async function openSession(
  options: BuildOptions,
  io: Io,
  hooks: WatchHooks,
  tree: string,
): Promise<{ session: Session; draw: Set<string>; kept: number }> {
  let loading: Promise<typeof renderCharts> | undefined = hooks.render && Promise.resolve(hooks.render);
  const renderer = () =>
    (loading ??= loadRenderer(options.formats).then((m) => {
      m.warmUp();
      return m.renderCharts;
    }));
  const tables: TableMemo = new Map();
  const project = await loadProject(options.root, 0, tree, tables);
  // A cache that cannot be used is said once, and the watch goes on without it.
  const unwritable = cacheWriteProblem(options.root);
  const cached = fromCache(options, project);
  if (unwritable || cached.problem)
    io.err(cacheWarning(options.root, unwritable ?? cached.problem ?? "", !unwritable));
  const generation = hooks.handover?.generation ?? 0;
  const session: Session = {
    ...{
      options,
      io,
      hooks,
      tree,
      generation,
      version: 0,
      imported: new Map(),
      project,
      unwritable,
      renderer,
    },
    ...{ outputs: new Map(cached.outputs), prints: fingerprints(project), broken: new Set<string>(), tables },
  };
  const draw = new Set(
    project.notebooks.flatMap((nb) => nb.chartIds.filter((id) => !cached.outputs.has(id))),
  );
  return { session, draw, kept: cached.outputs.size };
}

/**
 * Render `only` (every chart when undefined) and write, SVGs and pages first and PNGs after.
 * `gate`: the type check of the saved code, run while this draws; nothing is written unless it
 * passes. `kept`: charts read back, not drawn. Returns whether it wrote.
 */
export async function drawRound(
  s: Session,
  only: Set<string> | undefined,
  why: string,
  kept = 0,
  gate?: Promise<CompileProblem[]>,
): Promise<boolean> {
  const t0 = performance.now();
  const { options, io, project } = s;
  const context = renderContext(project, options, !s.unwritable);
  const selected = only ?? new Set(project.notebooks.flatMap((n) => n.chartIds));
  const svgFirst = options.formats.includes("png") && options.formats.includes("svg");
  const passes: { formats: BuildOptions["formats"]; io: Io }[] = svgFirst
    ? [
        { formats: options.formats.filter((f) => f !== "png"), io },
        { formats: ["png"], io: { ...io, out: (line) => line.includes(".png ") && io.out(line) } },
      ]
    : [{ formats: options.formats, io }];
  for (const pass of passes) {
    const render = await s.renderer();
    const rendered = selected.size
      ? await render(project.notebooks, context, pass.formats, only, s.outputs)
      : { outputs: s.outputs, failures: [] };
    const problems = pass === passes[0] && gate ? await gate : [];
    if (problems.length) return refuse(s, problems);
    s.outputs = rendered.outputs;
    publish({
      options: { ...options, formats: pass.formats },
      notebooks: project.notebooks,
      outputs: s.outputs,
      data: project.data,
      failures: pass === passes[0] ? [...project.failures, ...rendered.failures] : [],
      selected,
      io: pass.io,
      started: t0,
    });
  }
  const note = kept ? ` (${kept} unchanged since the last run, not drawn)` : "";
  const n = selected.size;
  io.out(
    `[watch] ${why}: ${n} chart${n === 1 ? "" : "s"} re-rendered${note} in ${Math.round(performance.now() - t0)} ms`,
  );
  s.hooks.onRendered?.();
  return true;
}

/**
 * One batch of saves (paths relative to the project). Code is brought up to date and checked
 * first: a src/ file returns a Handover to a fresh tree of the new code; a notebook is compiled
 * and drawn while its types are checked. Then the project is loaded again and the charts whose
 * fingerprint moved, and every chart of a saved notebook, are drawn.
 */
export async function onSaves(
  s: Session,
  changed: readonly string[],
  types: TypeChecker,
): Promise<Handover | undefined> {
  const { options, io } = s;
  const { root } = options;
  const why = `changed ${changed.map((p) => basename(p)).join(", ")}`;
  const code = [...new Set([...changed.filter((p) => p.endsWith(".ts")), ...s.broken])];
  const notebooks = s.project.notebooks.map((nb) => nb.file);
  if (code.some((p) => p.startsWith("src/"))) {
    const fresh = await freshTree(root, s.tree, s.generation + 1, code);
    const problems = fresh.problems.length
      ? fresh.problems
      : await types.check(root, [...new Set([...code, ...notebooks])]);
    if (problems.length) return void refuse(s, problems, code);
    return { tree: fresh.tree, generation: s.generation + 1, why, types };
  }
  let gate: Promise<CompileProblem[]> | undefined;
  if (code.length) {
    // Checked from the sources while they compile: the check, in its worker, is the longer.
    const checked = types.check(root, code);
    const syntax = await updateTree(root, s.tree, code);
    if (syntax.length) return void refuse(s, syntax, code);
    gate = checked.then((problems) => {
      if (problems.length) code.forEach((p) => s.broken.add(p));
      else s.broken.clear();
      return problems;
    });
    s.version++;
    for (const p of code) s.imported.set(p, s.version);
  }
  try {
    s.project = await loadProject(root, (f) => s.imported.get(f) ?? 0, s.tree, s.tables);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    io.err(`[watch] ${error.message}. Still watching.`);
    for (const line of error.details) io.err(line);
    return;
  }
  const next = fingerprints(s.project);
  const edited = new Set(code.map((p) => basename(p, ".ts")));
  const only = new Set(
    s.project.notebooks.flatMap((nb) =>
      nb.chartIds.filter((id) => edited.has(nb.id) || next.get(id) !== s.prints.get(id)),
    ),
  );
  if (await drawRound(s, only, why, 0, gate)) s.prints = next;
}

/** Errors in saved code: said where they are, nothing written, and checked again with the next save. */
function refuse(s: Session, problems: readonly CompileProblem[], code: readonly string[] = []): false {
  for (const p of code) s.broken.add(p);
  const files = [...new Set(problems.map((p) => p.file))];
  const n = problems.length;
  s.io.err(
    `[watch] ${n} error${n === 1 ? "" : "s"} in ${files.join(", ")}; nothing was written. Still watching.`,
  );
  for (const p of problems) s.io.err(`${p.file}:${p.line}:${p.column}: ${p.message}`);
  return false;
}

/** Each built chart's fingerprint; a chart that failed has none, so it is tried again on the next save. */
function fingerprints(project: Project): Map<string, string> {
  return new Map(
    project.notebooks.flatMap((nb) => nb.charts.map((c) => [c.id, fingerprint(c, project.names)] as const)),
  );
}
