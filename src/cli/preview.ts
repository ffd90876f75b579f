import { createServer, type ServerResponse } from "node:http";
import { readFileSync, statSync } from "node:fs";
import { extname, join, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { CliError, type Io } from "./errors.ts";
import { FORMATS } from "../output/chartFiles.ts";
import { watch } from "./watch.ts";

const USAGE = `Usage: npm run preview [-- --port N] [--root DIR]

Serves charts/ on http://127.0.0.1:PORT/ (default port 4173; 0 picks a free one),
re-renders charts when a CSV or notebook changes and reloads open pages.
Nothing outside charts/ is served.`;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json; charset=utf-8",
};

/** Served with HTML pages only, never written to charts/: reloads the page when the charts are re-rendered. */
const RELOAD = `<script>new EventSource("/__reload").onmessage = function () { location.reload(); };</script>`;

/**
 * The file under `root` a URL path names, or undefined (a 404) for anything
 * that is not a plain path inside it: "..", encoded or not, backslashes, NUL.
 */
export function resolveInside(root: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split("?")[0]!.split("#")[0]!);
  } catch {
    return undefined;
  }
  if (path.includes("\0") || path.includes("\\")) return undefined;
  const segments = path.split("/").filter(Boolean);
  if (segments.some((s) => s === ".." || s === "." || s.startsWith(".."))) return undefined;
  const full = resolve(root, ...segments);
  if (full !== root && !full.startsWith(root + sep)) return undefined;
  try {
    const stat = statSync(full);
    if (stat.isDirectory()) {
      const index = join(full, "index.html");
      return statSync(index).isFile() ? index : undefined;
    }
    return stat.isFile() ? full : undefined;
  } catch {
    return undefined;
  }
}

export async function preview(
  argv: string[],
  io: Io,
  cwd = process.cwd(),
  signal?: AbortSignal,
): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { port: { type: "string" }, root: { type: "string" }, help: { type: "boolean" } },
    }));
  } catch (error) {
    throw new CliError(
      `${(error as Error).message.split(".")[0]}. Run npm run preview -- --help for the options.`,
    );
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const port = Number(values.port ?? process.env.PORT ?? 4173);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new CliError(`not a port number: ${values.port}`);
  const root = resolve(cwd, values.root ?? ".");
  const charts = resolve(root, "charts");
  const clients = new Set<ServerResponse>();

  const server = createServer((req, res) => {
    if (req.url === "/__reload") {
      res.writeHead(200, {
        "content-type": "text/event-stream",
        "cache-control": "no-cache",
        connection: "keep-alive",
      });
      res.write(": connected\n\n");
      clients.add(res);
      req.on("close", () => clients.delete(res));
      return;
    }
    const file =
      req.method === "GET" || req.method === "HEAD" ? resolveInside(charts, req.url ?? "/") : undefined;
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found\n");
      return;
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    let body: Buffer = readFileSync(file);
    if (extname(file) === ".html")
      body = Buffer.from(body.toString("utf8").replace("</body>", `${RELOAD}\n</body>`));
    res.writeHead(200, {
      "content-type": type,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    });
    res.end(req.method === "HEAD" ? undefined : body);
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", (e: NodeJS.ErrnoException) =>
      fail(
        e.code === "EADDRINUSE"
          ? new CliError(`port ${port} is in use: try npm run preview -- --port ${port + 1}`)
          : e,
      ),
    );
    server.listen(port, "127.0.0.1", () => ok());
  });
  const address = server.address();
  io.out(`Preview: http://127.0.0.1:${typeof address === "object" && address ? address.port : port}/`);
  const options = { root, out: charts, formats: [...FORMATS], ids: [], watch: true, check: false };
  await watch(options, io, signal, () => {
    for (const client of clients) client.write("data: reload\n\n");
  });
  for (const client of clients) client.end();
  server.close();
  return 0;
}
