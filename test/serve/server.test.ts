import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { spawn } from "node:child_process";
import { request } from "node:http";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { preview } from "../../src/cli/preview.ts";
import { hostAllowed, readInside, serveCharts, type PreviewServer } from "../../src/serve/server.ts";
import { copyProject, removeCopy, waitFor } from "../helpers.ts";

const repo = resolve(".");
const PAGE = `<!doctype html><html><head><style>body{color:red}</style></head><body><svg></svg>
<script>
document.title = "copy";
</script>
</body></html>`;

let root: string;
let charts: string;
let server: PreviewServer;
let port = 0;

before(async () => {
  root = mkdtempSync(join(tmpdir(), "rf-preview-"));
  charts = join(root, "charts");
  mkdirSync(join(charts, "toll"), { recursive: true });
  writeFileSync(join(charts, "index.html"), PAGE);
  writeFileSync(join(charts, "toll", "chart.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
  writeFileSync(join(charts, "toll", "chart.csv"), "date,value\n2026-01-25,484\n");
  writeFileSync(join(root, "secret.json"), '{"secret":true}');
  symlinkSync(join(repo, "package.json"), join(charts, "leak.json"));
  symlinkSync(join(root, "secret.json"), join(charts, "toll", "secret.json"));
  symlinkSync(root, join(charts, "up"));
  symlinkSync("/proc/self/mem", join(charts, "x.png"));
  symlinkSync(join(charts, "toll", "chart.svg"), join(charts, "same.svg"));
  symlinkSync("loop-b", join(charts, "loop-a"));
  symlinkSync("loop-a", join(charts, "loop-b"));
  server = await serveCharts({ charts, port: 0 });
  port = Number(new URL(server.url).port);
});
after(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(path: string, options: { method?: string; host?: string; port?: number } = {}): Promise<Reply> {
  return new Promise((ok, fail) => {
    // A raw path, so ".." reaches the server as typed.
    const req = request(
      {
        host: "127.0.0.1",
        port: options.port ?? port,
        path,
        method: options.method ?? "GET",
        headers: options.host ? { host: options.host } : {},
      },
      (res) => {
        let body = "";
        res.on("data", (b) => (body += b));
        res.on("end", () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", fail);
    req.end();
  });
}

test("readInside(root, path) reads files inside charts/ and nothing outside, by real path", async () => {
  const ok = async (path: string) => {
    const r = await readInside(charts, path);
    return r.status === 200 ? r.path : r.status;
  };
  assert.equal(await ok("/"), join(charts, "index.html"));
  assert.equal(await ok("/toll/chart.svg?x=1#y"), join(charts, "toll", "chart.svg"));
  assert.equal(await ok("/same.svg"), join(charts, "toll", "chart.svg"), "a link inside charts/ is fine");
  for (const bad of [
    "/../package.json",
    "/%2e%2e/package.json",
    "/..%2fpackage.json",
    "/toll/..%2f..%2fpackage.json",
    "/%2E%2E/data/hostages.csv",
    "/..%5cpackage.json",
    "/%00",
    "/%E0%A4%A",
    "/toll/nope.svg",
    "/leak.json",
    "/toll/secret.json",
    "/up/secret.json",
    "/x.png",
    "/loop-a",
    "/toll",
  ]) {
    assert.equal(await ok(bad), 404, bad);
  }
});

test("hostAllowed(host, extra) allows only localhost names, with or without a port, and the --host name", () => {
  for (const host of [
    "localhost",
    "localhost:4173",
    "127.0.0.1",
    "127.0.0.1:80",
    "[::1]",
    "[::1]:4173",
    "LOCALHOST",
  ])
    assert.equal(hostAllowed(host), true, host);
  for (const host of [
    undefined,
    "",
    "evil.example",
    "evil.example:4173",
    "localhost.evil.example",
    "127.0.0.1.nip.io",
    "localhost:",
    "localhost:x",
    "192.168.1.20:4173",
    "[::1]x",
    "::1",
  ])
    assert.equal(hostAllowed(host), false, String(host));
  assert.equal(hostAllowed("192.168.1.20:4173", "192.168.1.20"), true);
  assert.equal(hostAllowed("[fe80::1]:4173", "fe80::1"), true);
  assert.equal(hostAllowed("evil.example", "192.168.1.20"), false);
});

test("serveCharts() answers a symlink out of charts/ with 404, never the linked file", async () => {
  for (const path of ["/leak.json", "/toll/secret.json", "/up/secret.json"]) {
    const r = await send(path);
    assert.equal(r.status, 404, path);
    assert.doesNotMatch(r.body, /rafah-figures|secret/, path);
  }
});

test("serveCharts() answers 403 to a Host other than localhost (DNS rebinding)", async () => {
  const evil = await send("/", { host: "evil.example" });
  assert.equal(evil.status, 403);
  assert.doesNotMatch(evil.body, /<script>/);
  assert.equal((await send("/__reload", { host: `evil.example:${port}` })).status, 403);
  assert.equal((await send("/", { host: `localhost:${port}` })).status, 200);
});

test("serveCharts() answers 404 to /proc/self/mem linked into charts/ and stays up", async () => {
  assert.equal((await send("/x.png")).status, 404);
  assert.equal((await send("/loop-a")).status, 404);
  assert.equal((await send("/")).status, 200);
});

test("serveCharts() answers a read error with 500 for that request only and stays up", async () => {
  // /proc/self/mem is a regular file whose read fails with EIO: a real read error inside the served folder.
  const errors: string[] = [];
  const proc = await serveCharts({ charts: "/proc/self", port: 0, log: (line) => errors.push(line) });
  try {
    const procPort = Number(new URL(proc.url).port);
    const r = await send("/mem", { port: procPort });
    assert.equal(r.status, 500);
    assert.equal(r.body, "could not read this file\n");
    assert.match(errors.join("\n"), /^preview: could not read \/mem: EIO/);
    assert.equal((await send("/mem", { port: procPort, method: "HEAD" })).status, 500);
    assert.equal((await send("/")).status, 200, "the other server is untouched");
    assert.equal((await send("/status", { port: procPort })).status, 200, "and this one still serves");
  } finally {
    await proc.close();
  }
});

test(
  "serveCharts() answers an unreadable file (mode 000) with 500",
  { skip: process.getuid?.() === 0 ? "root reads mode-000 files" : false },
  async () => {
    const path = join(charts, "locked.svg");
    writeFileSync(path, "<svg/>");
    chmodSync(path, 0);
    try {
      assert.equal((await send("/locked.svg")).status, 500);
      assert.equal((await send("/")).status, 200);
    } finally {
      rmSync(path);
    }
  },
);

test("serveCharts() answers methods other than GET and HEAD with 405 and Allow", async () => {
  for (const [method, path] of [
    ["POST", "/"],
    ["PUT", "/toll/chart.svg"],
    ["DELETE", "/toll/chart.svg"],
    ["OPTIONS", "/"],
    ["POST", "/__reload"],
  ] as const) {
    const r = await send(path, { method });
    assert.equal(r.status, 405, `${method} ${path}`);
    assert.equal(r.headers.allow, "GET, HEAD");
  }
  const head = await send("/toll/chart.svg", { method: "HEAD" });
  assert.equal(head.status, 200);
  assert.equal(head.body, "");
  const reload = await send("/__reload", { method: "HEAD" });
  assert.equal(reload.status, 200);
  assert.equal(reload.headers["content-type"], "text/event-stream");
});

test("serveCharts() sends nosniff and a Content-Security-Policy that allows exactly the page's inline scripts", async () => {
  const page = await send("/");
  assert.equal(page.status, 200);
  assert.equal(page.headers["x-content-type-options"], "nosniff");
  assert.match(page.body, /new EventSource\("\/__reload"\)/);
  const csp = String(page.headers["content-security-policy"]);
  const directives = new Map(
    csp.split(";").map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values] as const;
    }),
  );
  assert.deepEqual(directives.get("default-src"), ["'none'"]);
  assert.deepEqual(directives.get("connect-src"), ["'self'"], "EventSource to /__reload");
  assert.deepEqual(directives.get("style-src"), ["'self'", "'unsafe-inline'"]);
  assert.deepEqual(directives.get("font-src"), ["'self'", "data:"], "fonts embedded as data: URLs");
  assert.deepEqual(directives.get("img-src"), ["'self'", "data:"]);
  const scripts = [...page.body.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${createHash("sha256").update(m[1]!).digest("base64")}'`,
  );
  assert.equal(scripts.length, 2, "the page's script and the reload script");
  assert.deepEqual(directives.get("script-src")?.sort(), scripts.sort());
  for (const path of ["/toll/chart.svg", "/nope", "/leak.json"]) {
    const r = await send(path);
    assert.equal(r.headers["x-content-type-options"], "nosniff", path);
    assert.match(String(r.headers["content-security-policy"]), /default-src 'none'/, path);
    assert.doesNotMatch(String(r.headers["content-security-policy"]), /script-src/, path);
  }
  const forbidden = await send("/", { host: "evil.example" });
  assert.equal(forbidden.headers["x-content-type-options"], "nosniff");
});

test("preview(argv, io, cwd, signal) renders, serves charts/ on --host with live reload and a warning, and stops on abort", async () => {
  const dir = copyProject();
  const out: string[] = [];
  const err: string[] = [];
  const stop = new AbortController();
  const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
  const running = preview(["--port", "0", "--host", "127.0.0.2"], io, dir, stop.signal);
  try {
    const url = await waitFor(() => out.find((l) => l.startsWith("Preview: "))?.slice(9), "the address");
    assert.match(url, /^http:\/\/127\.0\.0\.2:\d+\/$/);
    assert.match(err.join("\n"), /^warning: --host 127\.0\.0\.2 serves charts\/ to anyone who can reach it/m);
    const lanPort = Number(new URL(url).port);
    const get = (host: string) =>
      new Promise<Reply>((ok, fail) => {
        const req = request({ host: "127.0.0.2", port: lanPort, path: "/", headers: { host } }, (res) => {
          let body = "";
          res.on("data", (b) => (body += b));
          res.on("end", () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }));
        });
        req.on("error", fail);
        req.end();
      });
    const index = await get(`127.0.0.2:${lanPort}`);
    assert.equal(index.status, 200);
    assert.match(index.body, /<h1>Rafah figures<\/h1>/);
    assert.match(index.body, /new EventSource\("\/__reload"\)/);
    assert.equal((await get("evil.example")).status, 403);
    // watch() listens for the abort once its first render is done.
    await waitFor(() => out.find((l) => l.startsWith("[watch] watching")), "the watcher");
  } finally {
    stop.abort();
    assert.equal(await running, 0);
    removeCopy(dir);
  }
});

test("spawned: npm run preview prints its address, serves the index to localhost and refuses another host", async () => {
  const dir = copyProject();
  const child = spawn(process.execPath, [join(dir, "scripts/run.mjs"), "preview", "--port", "0"], {
    cwd: dir,
    env: { ...process.env, TZ: "UTC" },
  });
  let out = "";
  child.stdout.on("data", (b) => (out += String(b)));
  try {
    const url = await waitFor(() => /^Preview: (\S+)$/m.exec(out)?.[1], "the address");
    const { port } = new URL(url);
    const get = (host: string) =>
      new Promise<number>((ok, fail) => {
        const req = request({ host: "127.0.0.1", port, path: "/", headers: { host } }, (res) => {
          res.resume();
          res.on("end", () => ok(res.statusCode ?? 0));
        });
        req.on("error", fail);
        req.end();
      });
    assert.equal(await get(`localhost:${port}`), 200);
    assert.equal(await get("evil.example"), 403);
  } finally {
    child.kill();
    removeCopy(dir);
  }
});

test("serveCharts() serves each output with its type: a chart's CSV opens as UTF-8 text, not a download of unknown type", async () => {
  const types = {
    "/toll/chart.svg": "image/svg+xml",
    "/toll/chart.csv": "text/csv; charset=utf-8",
    "/": "text/html; charset=utf-8",
  };
  for (const [path, type] of Object.entries(types)) {
    const r = await send(path);
    assert.equal(r.status, 200, path);
    assert.equal(r.headers["content-type"], type, path);
  }
  assert.equal((await send("/toll/chart.csv")).body, "date,value\n2026-01-25,484\n");
});

test("preview(): a notebook edit is drawn and served; a syntax error prints notebooks/X.ts:LINE:COL, writes nothing and keeps serving; the fix is served", async () => {
  const dir = copyProject();
  const out: string[] = [];
  const err: string[] = [];
  const stop = new AbortController();
  const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
  const running = preview(["--port", "0"], io, dir, stop.signal);
  const notebook = join(dir, "notebooks/hostages.ts");
  const original = readFileSync(notebook, "utf8");
  const line = "      headline: afterCeasefireHeadline(rows, names),";
  assert.ok(original.includes(line));
  const svg = "/hostages/hostages-jan-2026.svg";
  try {
    const url = await waitFor(() => out.find((l) => l.startsWith("Preview: "))?.slice(9), "the address");
    const port = Number(new URL(url).port);
    await waitFor(() => out.find((l) => l.startsWith("[watch] watching")), "the watcher");
    const rounds = () => out.filter((l) => l.startsWith("[watch] changed hostages.ts")).length;
    writeFileSync(notebook, original.replace(line, '      headline: "Served from the edited notebook",'));
    await waitFor(() => rounds() === 1, "the render", { detail: () => err.join("\n") });
    assert.match((await send(svg, { port })).body, /Served from the edited notebook/);

    const at = original.slice(0, original.indexOf(line)).split("\n").length;
    writeFileSync(notebook, original.replace(line, "      headline: afterCeasefireHeadline(rows names),"));
    await waitFor(() => err.some((l) => l.includes("Still watching")), "the error");
    assert.match(
      err.join("\n"),
      new RegExp(`^notebooks/hostages\\.ts:${at}:\\d+: Expected "\\)" but found "names"$`, "m"),
    );
    assert.equal(rounds(), 1);
    assert.match(
      (await send(svg, { port })).body,
      /Served from the edited notebook/,
      "still serving the last good chart",
    );

    writeFileSync(notebook, original.replace(line, '      headline: "Served after the fix",'));
    await waitFor(() => rounds() === 2, "the render after the fix", { detail: () => err.join("\n") });
    assert.match((await send(svg, { port })).body, /Served after the fix/);
  } finally {
    writeFileSync(notebook, original);
    stop.abort();
    assert.equal(await running, 0);
    removeCopy(dir);
  }
});
