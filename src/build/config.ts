import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Project settings, kept in package.json under "rafah" so they are set once for every chart. */
export interface ProjectConfig {
  /** The byline at the foot of every chart. */
  credit: string;
}

export function readConfig(root: string): ProjectConfig {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    rafah?: Partial<ProjectConfig>;
  };
  return { credit: pkg.rafah?.credit ?? "Graphic: Rafah figures" };
}
