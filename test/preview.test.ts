import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { request } from "node:http";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { resolveInside } from "../src/cli/preview.ts";
import { copyProject } from "./helpers.ts";

test("resolveInside(root, path) serves files inside charts/ and nothing outside", () => {
  const root = join(process.cwd(), "charts");
  assert.equal(resolveInside(root, "/"), join(root, "index.html"));
  assert.equal(resolveInside(root, "/gaza-toll/"), join(root, "gaza-toll", "index.html"));
  assert.equal(
    resolveInside(root, "/gaza-toll/toll-reports.svg?x=1"),
    join(root, "gaza-toll", "toll-reports.svg"),
  );
  for (const bad of [
    "/../package.json",
    "/%2e%2e/package.json",
    "/..%2fpackage.json",
    "/gaza-toll/..%2f..%2fpackage.json",
    "/%2E%2E/data/hostages.csv",
    "/..%5cpackage.json",
    "/%00",
    "/%E0%A4%A",
    "/gaza-toll/nope.svg",
  ]) {
    assert.equal(resolveInside(root, bad), undefined, bad);
  }
});

let child: ReturnType<typeof spawn>;
let port = 0;
let dir: string;

before(async () => {
  dir = copyProject();
  child = spawn(
    process.execPath,
    ["--import", "tsx", join(process.cwd(), "scripts/preview.ts"), "--port", "0", "--root", dir],
    { env: { ...process.env, TZ: "UTC" } },
  );
  port = await new Promise<number>((ok, fail) => {
    let out = "";
    const timer = setTimeout(() => fail(new Error(`preview did not start: ${out}`)), 30_000);
    child.stdout!.on("data", (b) => {
      out += b;
      const m = /Preview: http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(Number(m[1]));
      }
    });
  });
});
after(() => {
  child.kill();
  rmSync(dir, { recursive: true, force: true });
});

function get(path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((ok, fail) => {
    // A raw path, so ".." reaches the server as typed.
    const req = request({ host: "127.0.0.1", port, path, method: "GET" }, (res) => {
      let body = "";
      res.on("data", (b) => (body += b));
      res.on("end", () =>
        ok({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]), body }),
      );
    });
    req.on("error", fail);
    req.end();
  });
}

test("npm run preview serves the pages with live reload and 404s anything outside charts/", async () => {
  const index = await get("/");
  assert.equal(index.status, 200);
  assert.match(index.body, /<h1>Rafah figures<\/h1>/);
  assert.match(index.body, /new EventSource\("\/__reload"\)/);
  const svg = await get("/gaza-toll/toll-reports.svg");
  assert.equal(svg.status, 200);
  assert.equal(svg.type, "image/svg+xml");
  for (const bad of [
    "/../package.json",
    "/%2e%2e/package.json",
    "/..%2f..%2fpackage.json",
    "/gaza-toll/%2e%2e/%2e%2e/data/hostages.csv",
    "/..%5c..%5cpackage.json",
  ]) {
    const r = await get(bad);
    assert.equal(r.status, 404, bad);
    assert.doesNotMatch(r.body, /rafah-figures|measure,value/, bad);
  }
});
