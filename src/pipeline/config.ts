/** Project settings and the render context a build uses, set once for every chart. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { RenderContext } from "../render/render.ts";
import { DEFAULT_CREDIT } from "../style/index.ts";
import type { BuildOptions } from "./options.ts";
import type { Project } from "./project.ts";

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

/** Where a project keeps what can be made again (cut fonts, the build manifest): out of charts/ and out of git. */
export function cacheDir(root: string): string {
  return join(root, "node_modules", ".cache", "rafah-figures");
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
