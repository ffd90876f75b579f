/**
 * What a run is set to do: the options of the command line, the project's settings, and the
 * render context and renderer every chart of the run is drawn with.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Format } from "../output/chartFiles.ts";
import type { RenderContext } from "../render/renderSvg.ts";
import { DEFAULT_CREDIT } from "../style/index.ts";
import type { Theme } from "../style/theme.ts";
import { cacheDir } from "./manifest.ts";
import type { Project } from "./project.ts";

export { cacheDir } from "./manifest.ts";

/** What a build is asked to do: the parsed command line of npm run charts. */
export interface BuildOptions {
  /** Project folder holding data/ and notebooks/. */
  root: string;
  /** Output folder, charts/ by default. */
  out: string;
  formats: Format[];
  /** Chart or notebook ids; empty for every chart. */
  ids: string[];
  /** Render even charts whose inputs have not changed since the last run. */
  force?: boolean;
  /** Colours: both palettes switched by the reader's setting ("auto"), or one forced. */
  theme?: Theme;
}

/** Project settings, kept in package.json under "rafah". */
export interface ProjectConfig {
  /** The byline at the foot of every chart. */
  credit: string;
}

export function readConfig(root: string): ProjectConfig {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    rafah?: Partial<ProjectConfig>;
  };
  return { credit: pkg.rafah?.credit ?? DEFAULT_CREDIT };
}

/** The context every chart of a build renders in. `cache: false` (--check) makes every font cut afresh. */
export function renderContext(project: Project, options: BuildOptions, cache = true): RenderContext {
  return {
    names: project.names,
    credit: readConfig(options.root).credit,
    theme: options.theme ?? "auto",
    ...(cache ? { fontCache: join(cacheDir(options.root), "fonts") } : {}),
  };
}

/**
 * The drawing module, loaded only when something must be drawn. The PNG workers start before it
 * loads, so they boot while jsdom and Plot do.
 */
export async function loadRenderer(
  formats: readonly Format[],
): Promise<typeof import("../output/renderChart.ts")> {
  if (formats.includes("png")) (await import("../output/png.ts")).startPngWorkers();
  return import("../output/renderChart.ts");
}

/**
 * End the PNG workers once a run has drawn everything: a worker thread, even unreferenced, holds
 * the process open for a tenth of a second or more after its last PNG (measured: 0.1–0.7 s on a
 * busy two-core machine), which a one-shot command would otherwise pay at its end.
 */
export async function releaseRenderer(formats: readonly Format[]): Promise<void> {
  if (formats.includes("png")) (await import("../output/png.ts")).stopPngWorkers();
}
