/** One build: load the tables, build the notebooks, render the selected charts, write or verify. */
import { FORMATS } from "../output/chartFiles.ts";
import { renderCharts } from "../output/site.ts";
import { readConfig } from "./config.ts";
import type { Io } from "./io.ts";
import type { BuildOptions } from "./options.ts";
import { loadProject } from "./project.ts";
import { publish } from "./publish.ts";
import { selectCharts } from "./select.ts";
import { verify } from "./verify.ts";

/** Render the selected charts and write what changed. Returns the exit code. */
export async function build(options: BuildOptions, io: Io): Promise<number> {
  const started = performance.now();
  const project = await loadProject(options.root);
  const { data, notebooks } = project;
  const selected = selectCharts(notebooks, options.ids);
  const context = { names: project.names, credit: readConfig(options.root).credit };
  const rendered = await renderCharts(notebooks, context, options.formats, selected);
  // A chart that was not asked for is not reported, even if it cannot be built.
  const failures = [...project.failures, ...rendered.failures].filter(
    (f) => !f.part.startsWith("chart ") || selected.has(f.part.slice("chart ".length)),
  );
  return publish({ options, notebooks, outputs: rendered.outputs, data, failures, selected, io, started });
}

/** Render every chart in memory, never from a cache, and compare with the files on disk. Returns the exit code. */
export async function check(options: BuildOptions, io: Io): Promise<number> {
  const project = await loadProject(options.root);
  const context = { names: project.names, credit: readConfig(options.root).credit };
  const rendered = await renderCharts(project.notebooks, context, FORMATS);
  const failures = [...project.failures, ...rendered.failures];
  return verify(options, project.notebooks, rendered.outputs, project.data, failures, io);
}
