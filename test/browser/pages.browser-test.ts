/**
 * Browser tests: open every page in Debian's chromium, check for console
 * errors, that every chart is visible inline and loads as <img src=...svg>,
 * and keep a screenshot of each page in test/screenshots/ (git-ignored).
 * Run with npm run test:browser; needs /usr/bin/chromium.
 */
import assert from "node:assert/strict";
import { mkdirSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { after, before, test } from "node:test";
import type { Browser } from "playwright-core";
import { launch } from "./chromium.ts";
import { serveCharts, type PreviewServer } from "../../src/serve/server.ts";

const charts = resolve("charts");
const shots = resolve("test/screenshots");

let server: PreviewServer | undefined;
let base = "";
let browser: Browser;

before(async () => {
  // The preview's own server, so the pages are checked under its Content-Security-Policy and live-reload script.
  server = await serveCharts({ charts, port: 0 });
  base = server.url.replace(/\/$/, "");
  browser = await launch();
  mkdirSync(shots, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const notebooks = readdirSync(charts, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const pages = ["index.html", ...notebooks.map((n) => `${n}/index.html`)];

for (const path of pages) {
  test(`${path}: no console errors, every chart visible inline and as <img>`, async () => {
    for (const viewport of [
      { width: 1200, height: 900, name: "desktop" },
      { width: 390, height: 844, name: "phone" },
    ]) {
      const page = await browser.newPage({ viewport });
      const errors: string[] = [];
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      page.on("pageerror", (e) => errors.push(e.message));
      // A request the browser itself cancels (a lazy image it no longer needs, a page closing) is
      // not a failure: net::ERR_ABORTED flaked CI once on index.html's mobile <picture> sources.
      page.on("requestfailed", (r) => {
        if (r.failure()?.errorText !== "net::ERR_ABORTED") errors.push(`request failed: ${r.url()}`);
      });
      await page.goto(`${base}/${path}`, { waitUntil: "load" });

      // Each inline chart (notebook pages) shows exactly one size, the one for the screen, at a readable size.
      for (const figure of await page.locator("figure.chart").all()) {
        const visible = [];
        for (const svg of await figure.locator("svg").all()) if (await svg.isVisible()) visible.push(svg);
        assert.equal(visible.length, 1, `one size of each chart visible in ${path} (${viewport.name})`);
        const box = await visible[0]!.boundingBox();
        assert.ok(box && box.width > 100 && box.height > 100, `inline chart has a size in ${path}`);
        assert.ok(box.width <= viewport.width, `inline chart fits the ${viewport.name} width in ${path}`);
        const cls = await visible[0]!.getAttribute("class");
        assert.match(
          cls ?? "",
          viewport.name === "phone" ? /-mobile$/ : /-web$/,
          `the ${viewport.name} size is shown`,
        );
      }

      // Every chart SVG linked from the page loads as an image.
      const sources: string[] = await page.evaluate(() => [
        ...new Set(
          [...document.querySelectorAll<HTMLAnchorElement>("a[href$='.svg']")]
            .map((a) => a.href)
            .concat([...document.querySelectorAll<HTMLImageElement>("img[src$='.svg']")].map((i) => i.src)),
        ),
      ]);
      assert.ok(sources.length > 0, `${path} links or shows chart SVGs`);
      const widths: number[] = await page.evaluate(async (srcs) => {
        return Promise.all(
          srcs.map(
            (src) =>
              new Promise<number>((ok) => {
                const img = new Image();
                img.onload = () => ok(img.naturalWidth);
                img.onerror = () => ok(0);
                img.src = src;
              }),
          ),
        );
      }, sources);
      widths.forEach((w, i) => assert.ok(w > 0, `${sources[i]} loads as <img> (naturalWidth ${w})`));

      await page.screenshot({
        path: join(shots, `${path.replace(/\//g, "__").replace(".html", "")}.${viewport.name}.png`),
        fullPage: true,
      });
      assert.deepEqual(errors, [], `console errors on ${path} (${viewport.name})`);
      await page.close();
    }
  });
}
