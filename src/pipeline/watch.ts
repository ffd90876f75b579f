import { watch as fsWatch } from "node:fs";
import { basename, join } from "node:path";
import type { ChartOutput } from "../output/chartFiles.ts";
import type { renderCharts } from "../output/renderChart.ts";
import { publish } from "./publish.ts";
import { loadRenderer, renderContext, type BuildOptions } from "./config.ts";
import { UserError } from "../errors.ts";
import type { Io } from "./report.ts";
import { fingerprint, fromCache } from "./cache.ts";
import { cacheWarning, cacheWriteProblem } from "./manifest.ts";
import { loadProject, type Project } from "./project.ts";

export interface WatchHooks {
  /** Called after each render is written (the preview reloads its pages). */
  onRendered?: () => void;
  /** The renderer, injectable so a test can make it slow. */
  render?: typeof renderCharts;
}

/**
 * Keep one process (and so one jsdom window) and re-render only the charts that changed: those
 * whose fingerprint (words, rows, names) moved, and every chart of an edited notebook. At start,
 * charts whose files are as the last `npm run charts` left them are read back, not drawn, and
 * the renderer loads in the background once watching starts. A save's
 * SVGs and pages are written first and its PNGs after, so the SVG is on disk as soon as it can
 * be. Renders run one at a time in the order of the saves, so the files on disk always end as
 * the last save makes them. A bad save prints its problems and keeps watching. Resolves when
 * `signal` aborts (tests and preview) or never (the command line).
 */
export async function watch(
  options: BuildOptions,
  io: Io,
  signal?: AbortSignal,
  hooks: WatchHooks = {},
): Promise<number> {
  // The renderer (jsdom, Plot, resvg) loads when a chart must first be drawn, or in the background
  // once watching starts, so the first save does not wait for it.
  let renderer: Promise<typeof renderCharts> | undefined = hooks.render && Promise.resolve(hooks.render);
  const load = () =>
    (renderer ??= loadRenderer(options.formats).then((m) => {
      m.warmUp();
      return m.renderCharts;
    }));
  const render: typeof renderCharts = async (...args) => (await load())(...args);
  let project = await loadProject(options.root);
  // Charts whose files are as the last npm run charts left them are read back, not drawn again;
  // a cache that cannot be used is said once, and the watch goes on without it.
  const unwritable = cacheWriteProblem(options.root);
  const cached = fromCache(options, project);
  if (unwritable || cached.problem)
    io.err(cacheWarning(options.root, unwritable ?? cached.problem ?? "", !unwritable));
  const start = cached.outputs;
  let outputs = new Map<string, ChartOutput>(start);
  let prints = new Map<string, string>();
  let version = 0;
  const svgFirst = options.formats.includes("png") && options.formats.includes("svg");

  /** Render `only` (every chart when undefined) and write; `kept`: charts read back, not drawn. */
  const run = async (only: Set<string> | undefined, why: string, kept = 0) => {
    const t0 = performance.now();
    const { data, notebooks } = project;
    const context = renderContext(project, options, !unwritable);
    const selected = only ?? new Set(notebooks.flatMap((n) => n.chartIds));
    const failures = [...project.failures];
    // SVGs, pages and the report of what changed first; then the PNGs, slower to make, and their lines.
    const passes: { formats: BuildOptions["formats"]; io: Io }[] = svgFirst
      ? [
          { formats: options.formats.filter((f) => f !== "png"), io },
          { formats: ["png"], io: { ...io, out: (line) => line.includes(".png ") && io.out(line) } },
        ]
      : [{ formats: options.formats, io }];
    for (const pass of passes) {
      const rendered = selected.size
        ? await render(notebooks, context, pass.formats, only, outputs)
        : { outputs, failures: [] };
      outputs = rendered.outputs;
      const all = [...failures, ...rendered.failures];
      publish({
        options: { ...options, formats: pass.formats },
        notebooks,
        outputs,
        data,
        failures: pass === passes[0] ? all : [],
        selected,
        io: pass.io,
        started: t0,
      });
    }
    const note = kept ? ` (${kept} unchanged since the last run, not drawn)` : "";
    io.out(
      `[watch] ${why}: ${selected.size} chart${selected.size === 1 ? "" : "s"} re-rendered${note} in ${Math.round(performance.now() - t0)} ms`,
    );
    hooks.onRendered?.();
  };
  await run(
    new Set(project.notebooks.flatMap((nb) => nb.chartIds.filter((id) => !start.has(id)))),
    "start",
    start.size,
  );
  prints = fingerprints(project);

  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  // Saves are handled one after another: a render never overtakes the one before it.
  let queue = Promise.resolve();
  const onChange = (path: string) => {
    pending.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => {
      queue = queue.then(flush).catch((error: unknown) => {
        io.err(
          `[watch] internal error: ${error instanceof Error ? error.message : String(error)}. Still watching.`,
        );
      });
    }, 10);
  };
  const flush = async () => {
    if (pending.size === 0) return;
    const changed = [...pending];
    pending.clear();
    const books = changed.filter((p) => p.endsWith(".ts"));
    try {
      if (books.length) version++;
      project = await loadProject(options.root, version);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      io.err(`[watch] ${error.message}. Still watching.`);
      for (const line of error.details) io.err(line);
      return;
    }
    const next = fingerprints(project);
    const edited = new Set(books.map((p) => basename(p, ".ts")));
    const only = new Set(
      project.notebooks.flatMap((nb) =>
        nb.chartIds.filter((id) => edited.has(nb.id) || next.get(id) !== prints.get(id)),
      ),
    );
    prints = next;
    await run(only, `changed ${changed.map((p) => basename(p)).join(", ")}`);
  };

  const watchers = [
    fsWatch(
      join(options.root, "data"),
      (_e, name) => name && name.endsWith(".csv") && onChange(join("data", name)),
    ),
    fsWatch(
      join(options.root, "notebooks"),
      (_e, name) => name && name.endsWith(".ts") && onChange(join("notebooks", name)),
    ),
  ];
  io.out("[watch] watching data/*.csv and notebooks/*.ts; press Ctrl+C to stop");
  // A renderer that fails to load says so at the first save that needs it.
  if (!signal?.aborted) load().catch(() => undefined);
  await new Promise<void>((resolve) => {
    if (signal?.aborted) resolve();
    signal?.addEventListener("abort", () => resolve(), { once: true });
  });
  clearTimeout(timer);
  await queue;
  for (const w of watchers) w.close();
  return 0;
}

/** Each built chart's fingerprint; a chart that failed has none, so it is tried again on the next save. */
function fingerprints(project: Project): Map<string, string> {
  return new Map(
    project.notebooks.flatMap((nb) => nb.charts.map((c) => [c.id, fingerprint(c, project.names)] as const)),
  );
}
