/** npm run preview: serve charts/ on this machine, re-render on every save and reload open pages. */
import { resolve } from "node:path";
import type { Io } from "../pipeline/report.ts";
import { UserError } from "../errors.ts";
import { FORMATS } from "../output/chartFiles.ts";
import { COMMON, parse, usage, type Options } from "./args.ts";

const OPTIONS = {
  port: { type: "string", description: "port to listen on (default 4173; 0 picks a free one)", arg: "N" },
  host: {
    type: "string",
    description:
      "serve on this address instead of 127.0.0.1 (a LAN address such as 192.168.1.20) and accept requests addressed to it; anyone who can reach it sees the charts",
    arg: "ADDRESS",
  },
  ...COMMON,
} as const satisfies Options;

const ABOUT = `Serves charts/ on http://127.0.0.1:PORT/ (default port 4173; 0 picks a free one),
re-renders charts when a CSV or notebook changes and reloads open pages.
Nothing outside charts/ is served, and only to pages addressed to localhost.`;

export async function preview(
  argv: readonly string[],
  io: Io,
  cwd = process.cwd(),
  signal?: AbortSignal,
): Promise<number> {
  const { values } = parse(argv, OPTIONS, "npm run preview");
  if (values.help) {
    io.out(usage("npm run preview -- [--port N] [--host ADDRESS] [--root DIR]", ABOUT, OPTIONS));
    return 0;
  }
  const port = Number(values.port ?? process.env.PORT ?? 4173);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UserError(`not a port number: ${values.port}`);
  const host = values.host;
  if (host !== undefined && /^(0\.0\.0\.0|::|\[::\])$|^$/.test(host))
    throw new UserError(`--host needs one address of this machine, not every address: ${host || '""'}`);
  const root = resolve(cwd, values.root ?? ".");
  const charts = resolve(root, "charts");
  const [{ serveCharts }, { watch }] = await Promise.all([
    import("../serve/server.ts"),
    import("../pipeline/watch.ts"),
  ]);
  const server = await serveCharts({ charts, port, host, log: io.err });
  io.out(`Preview: ${server.url}`);
  if (host !== undefined)
    io.err(
      `warning: --host ${host} serves charts/ to anyone who can reach it on your network, with no password`,
    );
  try {
    await watch({ root, out: charts, formats: [...FORMATS], ids: [] }, io, signal, {
      onRendered: () => server.reload(),
    });
  } finally {
    await server.close();
  }
  return 0;
}
