/** The preview server: serves charts/ and nothing else, to this machine only, with live reload. */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { constants } from "node:fs";
import { open, realpath, stat } from "node:fs/promises";
import { createHash } from "node:crypto";
import { extname, join, sep } from "node:path";
import { UserError } from "../errors.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
};

/** Served with HTML pages only, never written to charts/: reloads the page when the charts are re-rendered. */
const RELOAD = `<script>new EventSource("/__reload").onmessage = function () { location.reload(); };</script>`;

/** Names a browser may use to reach the preview; anything else is refused (DNS rebinding). */
const LOCAL_HOSTS = ["localhost", "127.0.0.1", "[::1]"];

/**
 * Whether a request's Host header names the preview: localhost, 127.0.0.1 or
 * [::1], or the address given with --host, each with or without a port.
 */
export function hostAllowed(header: string | undefined, extra?: string): boolean {
  const m = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(:\d{1,5})?$/i.exec(header ?? "");
  if (!m) return false;
  const name = (m[1] ?? "").toLowerCase();
  return LOCAL_HOSTS.includes(name) || (extra !== undefined && name === hostName(extra));
}

/** An address as it appears in a URL or Host header: IPv6 in brackets, lower case. */
function hostName(address: string): string {
  const a = address.toLowerCase();
  return a.includes(":") && !a.startsWith("[") ? `[${a}]` : a;
}

/** The path segments a URL names, or undefined for anything that is not a plain path: "..", encoded or not, backslashes, NUL. */
function urlSegments(url: string): string[] | undefined {
  let path: string;
  try {
    path = decodeURIComponent(url.replace(/[?#].*$/s, ""));
  } catch {
    return undefined;
  }
  if (path.includes("\0") || path.includes("\\")) return undefined;
  const segments = path.split("/").filter(Boolean);
  if (segments.some((s) => s === "." || s.startsWith(".."))) return undefined;
  return segments;
}

export type Served =
  | { status: 200; path: string; body: Buffer }
  | { status: 404 }
  | { status: 500; path: string; error: string };

/** Errors that mean "there is no such file here": a 404, not a failure. */
const MISSING = new Set(["ENOENT", "ENOTDIR", "ELOOP", "ENAMETOOLONG"]);

/**
 * Read the file a URL names under `root`. Only a regular file whose real path
 * (after every symbolic link) lies inside the real path of `root` is read; a
 * folder serves its index.html. Anything else is a 404, and a file that
 * cannot be read (EIO, EACCES) is a 500. Never throws.
 */
export async function readInside(root: string, url: string): Promise<Served> {
  const segments = urlSegments(url);
  if (!segments) return { status: 404 };
  let path = join(root, ...segments);
  try {
    const base = await realpath(root);
    const inside = (p: string) => p === base || p.startsWith(base + sep);
    let real = await realpath(path);
    if (!inside(real)) return { status: 404 };
    if ((await stat(real)).isDirectory()) {
      path = join(path, "index.html");
      real = await realpath(join(real, "index.html"));
      if (!inside(real)) return { status: 404 };
    }
    // A FIFO or device would block or never end: check before opening, then check the open file itself.
    if (!(await stat(real)).isFile()) return { status: 404 };
    const file = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    try {
      if (!(await file.stat()).isFile()) return { status: 404 };
      return { status: 200, path: real, body: await file.readFile() };
    } finally {
      await file.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    if (MISSING.has(code)) return { status: 404 };
    return { status: 500, path: "/" + segments.join("/"), error: code || String(error) };
  }
}

/** Everything the preview sends is its own: no scripts but the page's own inline ones, nothing from elsewhere. */
function securityHeaders(scripts: string[] = []): Record<string, string> {
  const policy = [
    "default-src 'none'",
    "img-src 'self' data:",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    ...(scripts.length > 0
      ? [
          `script-src ${scripts.map((s) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`).join(" ")}`,
        ]
      : []),
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ];
  return {
    "content-security-policy": policy.join("; "),
    "x-content-type-options": "nosniff",
    "cache-control": "no-store",
  };
}

export interface PreviewServer {
  /** The address to open, e.g. http://127.0.0.1:4173/. */
  url: string;
  /** Tell every open page to reload. */
  reload(): void;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** The folder to serve. */
  charts: string;
  port: number;
  /** An address to listen on instead of 127.0.0.1; requests addressed to it are accepted too. */
  host?: string;
  /** Where to report a file that cannot be read. */
  log?: (line: string) => void;
}

/** Serve a folder of charts to this machine only; resolves once it listens. */
export async function serveCharts(options: ServeOptions): Promise<PreviewServer> {
  const { charts, port, host, log } = options;
  const clients = new Set<ServerResponse>();

  const plain = (res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}) =>
    res
      .writeHead(status, { "content-type": "text/plain; charset=utf-8", ...securityHeaders(), ...extra })
      .end(`${text}\n`);

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (!hostAllowed(req.headers.host, host)) return plain(res, 403, "forbidden: unknown host");
    if (req.method !== "GET" && req.method !== "HEAD")
      return plain(res, 405, "method not allowed", { allow: "GET, HEAD" });
    const url = req.url ?? "/";
    if (url.split("?")[0] === "/__reload") {
      res.writeHead(200, {
        ...securityHeaders(),
        "content-type": "text/event-stream",
        connection: "keep-alive",
      });
      if (req.method === "HEAD") return void res.end();
      res.write(": connected\n\n");
      clients.add(res);
      req.on("close", () => clients.delete(res));
      return;
    }
    const served = await readInside(charts, url);
    if (served.status === 404) return plain(res, 404, "not found");
    if (served.status === 500) {
      log?.(`preview: could not read ${served.path}: ${served.error}`);
      return plain(res, 500, "could not read this file");
    }
    let body = served.body;
    let scripts: string[] = [];
    const html = extname(served.path) === ".html";
    if (html) {
      const page = body.toString("utf8").replace("</body>", `${RELOAD}\n</body>`);
      scripts = [...page.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi)].map((m) => m[1] ?? "");
      body = Buffer.from(page);
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(served.path)] ?? "application/octet-stream",
      ...securityHeaders(scripts),
    });
    res.end(req.method === "HEAD" ? undefined : body);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log?.(`preview: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) plain(res, 500, "internal error");
      else res.destroy();
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", (e: NodeJS.ErrnoException) =>
      fail(
        e.code === "EADDRINUSE"
          ? new UserError(`port ${port} is in use: try npm run preview -- --port ${port + 1}`)
          : e.code === "EADDRNOTAVAIL" || e.code === "ENOTFOUND"
            ? new UserError(`not an address of this machine: ${host}`)
            : e,
      ),
    );
    server.listen(port, host ?? "127.0.0.1", () => ok());
  });
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://${hostName(host ?? "127.0.0.1")}:${actual}/`,
    reload() {
      for (const client of clients) client.write("data: reload\n\n");
    },
    close() {
      for (const client of clients) client.end();
      return new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}
