/**
 * The mock-article check: every chart dropped into an article page (test/browser/article.ts) as a
 * desk would, inline, as <img>, as the <picture> embed snippet and inline with its <style>
 * stripped, in a 680 px column and on a 390 px phone, light and dark, on a machine without Source
 * Sans 3 (Arial is Liberation Sans, sans-serif is DejaVu Sans), with it installed, and with DejaVu
 * Sans as the only fallback. In each:
 *   - no clipped text: every text's box (getBBox) lies inside the SVG's viewBox;
 *   - no text over other text;
 *   - axis labels visible: their computed fill differs from the chart's background with at
 *     least 3:1 contrast inline, and as an image their pixels stand out from the background;
 *   - every string is no wider than the metrics allow (src/text/wrap.ts FALLBACK_ALLOWANCE): the
 *     largest ratio measured is printed, which is how the allowance was set.
 * Screenshots of each chart in each case go to test/screenshots/article/ (git-ignored).
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { launch } from "./chromium.ts";
import { serveCharts, type PreviewServer } from "../../src/serve/server.ts";
import { FALLBACK_ALLOWANCE, textWidth, type Weight } from "../../src/text/wrap.ts";
import { articlePage, EMBEDS, type ArticleChart, type Embed } from "./article.ts";

/** The charts to check: charts/, or another folder (ARTICLE_CHARTS=DIR) to compare an older set. */
const charts = resolve(process.env.ARTICLE_CHARTS ?? "charts");
const shots = resolve(process.env.ARTICLE_SHOTS ?? "test/screenshots/article");
const sourceSansDir = resolve("node_modules/source-sans/TTF");

/** The machine's fonts as a reader's might be: fontconfig files for chromium. */
const FONTSETS = {
  "no-source-sans": "",
  "source-sans": `<dir>${sourceSansDir}</dir>`,
  "dejavu-only": `<selectfont><rejectfont><glob>*Liberation*</glob></rejectfont></selectfont>`,
} as const;
type Fontset = keyof typeof FONTSETS;

const list: ArticleChart[] = [];
for (const nb of readdirSync(charts, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  for (const file of readdirSync(join(charts, nb.name)).filter((f) => /^[^.]+\.svg$/.test(f))) {
    const id = file.slice(0, -4);
    const web = readFileSync(join(charts, nb.name, file), "utf8");
    const mobile = readFileSync(join(charts, nb.name, `${id}.mobile.svg`), "utf8");
    const alt = /<desc[^>]*>([^<]*)<\/desc>/.exec(web)?.[1] ?? "";
    list.push({ id, notebook: nb.name, web, mobile, alt });
  }
}

let server: PreviewServer | undefined;
let base = "";
let fontDir = "";
const browsers = new Map<Fontset, Browser>();
/** The widest ratio of measured width to textWidth() seen, per font set. */
const ratios = new Map<Fontset, { ratio: number; text: string }>();

before(async () => {
  server = await serveCharts({ charts, port: 0 });
  base = server.url.replace(/\/$/, "");
  fontDir = mkdtempSync(join(tmpdir(), "rf-fontconfig-"));
  for (const [name, extra] of Object.entries(FONTSETS) as [Fontset, string][]) {
    const conf = join(fontDir, `${name}.conf`);
    writeFileSync(
      conf,
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>${extra}<cachedir>${join(fontDir, "cache")}</cachedir></fontconfig>\n`,
    );
    browsers.set(name, await launch({ ...process.env, FONTCONFIG_FILE: conf }));
  }
  mkdirSync(shots, { recursive: true });
});

after(async () => {
  for (const b of browsers.values()) await b.close();
  await server?.close();
  if (fontDir) rmSync(fontDir, { recursive: true, force: true });
  for (const [name, r] of ratios)
    console.log(
      `# ${name}: widest text measured ${r.ratio.toFixed(3)} × its textWidth() ("${r.text}"); allowance ${FALLBACK_ALLOWANCE}`,
    );
});

interface Found {
  id: string;
  clipped: string[];
  overlaps: string[];
  axis: { text: string; contrast: number }[];
  widths: { text: string; size: number; weight: number; width: number }[];
}

/** In the page: the checks on every inline <svg> of the figures (or the one SVG document). */
async function inspectSvgs(page: Page, selector: string): Promise<Found[]> {
  return page.evaluate((sel) => {
    const lum = (c: string) => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(c);
      const [r, g, b] = (m ? [m[1], m[2], m[3]] : ["0", "0", "0"]).map((v) => {
        const s = Number(v) / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: string, b: string) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
      return (x + 0.05) / (y + 0.05);
    };
    // Only the SVGs shown: the adaptive embed hides one size (display:none).
    const shown = [...document.querySelectorAll<SVGSVGElement>(sel)].filter(
      (svg) => svg.getClientRects().length > 0,
    );
    return shown.map((svg) => {
      const [, , w = 0, h = 0] = (svg.getAttribute("viewBox") ?? "").split(" ").map(Number);
      const background = svg.querySelector<SVGRectElement>("rect[class$='-background']");
      const fill = background ? getComputedStyle(background).fill : "rgb(255, 255, 255)";
      // A transparent frame (inline on a dark page) shows the page behind it.
      const bg = /^(none|transparent|rgba\(.*,\s*0\))$/.test(fill)
        ? document.body
          ? getComputedStyle(document.body).backgroundColor
          : "rgb(255, 255, 255)"
        : fill;
      // Each line of text: a <text>, or each <tspan> of a multi-line one. Its width from getBBox,
      // its height the ink around the baseline (getBBox's font box is taller than the line
      // spacing of a tight headline in Source Sans 3, whose ascent and descent add to 1.42 em).
      const root = svg.getCTM();
      const lines = [...svg.querySelectorAll<SVGTextContentElement>("text, tspan")]
        .filter((t) => (t.tagName === "tspan" || !t.querySelector("tspan")) && t.textContent?.trim())
        .map((t) => {
          const owner = t.tagName === "tspan" ? (t.parentElement as unknown as SVGTextElement) : t;
          const b = t.getBBox();
          const size = parseFloat(getComputedStyle(t).fontSize);
          const baseline = t.getNumberOfChars() ? t.getStartPositionOfChar(0).y : b.y + b.height;
          const m = owner.getCTM();
          const rel = root && m ? root.inverse().multiply(m) : new DOMMatrix();
          const p1 = new DOMPoint(b.x, baseline - 0.8 * size).matrixTransform(rel);
          const p2 = new DOMPoint(b.x + b.width, baseline + 0.24 * size).matrixTransform(rel);
          return { owner, text: t.textContent ?? "", box: [p1.x, p1.y, p2.x, p2.y] as const };
        });
      const clipped: string[] = [];
      const overlaps: string[] = [];
      for (const l of lines) {
        const [x1, y1, x2, y2] = l.box;
        if (x1 < -0.5 || y1 < -0.5 || x2 > w + 0.5 || y2 > h + 0.5)
          clipped.push(
            `"${l.text}" at ${x1.toFixed(1)},${y1.toFixed(1)} to ${x2.toFixed(1)},${y2.toFixed(1)} in ${w} × ${h}`,
          );
      }
      for (let i = 0; i < lines.length; i++) {
        for (let j = i + 1; j < lines.length; j++) {
          const a = lines[i];
          const b = lines[j];
          if (!a || !b || a.owner === b.owner) continue;
          const [ax1, ay1, ax2, ay2] = a.box;
          const [bx1, by1, bx2, by2] = b.box;
          if (ax1 < bx2 - 0.5 && bx1 < ax2 - 0.5 && ay1 < by2 - 0.5 && by1 < ay2 - 0.5)
            overlaps.push(`"${a.text}" overlaps "${b.text}"`);
        }
      }
      const axis = [...svg.querySelectorAll<SVGTextElement>("[class*='-tick'] text")].map((t) => ({
        text: t.textContent ?? "",
        contrast: contrast(getComputedStyle(t).fill, bg),
      }));
      const widths = [...svg.querySelectorAll<SVGTextContentElement>("text, tspan")]
        .filter((t) => t.tagName === "tspan" || !t.querySelector("tspan"))
        .filter((t) => t.textContent?.trim())
        .map((t) => {
          const cs = getComputedStyle(t);
          return {
            text: t.textContent ?? "",
            size: parseFloat(cs.fontSize),
            weight: Number(cs.fontWeight),
            width: t.getComputedTextLength(),
          };
        });
      return { id: svg.getAttribute("class") ?? "", clipped, overlaps, axis, widths };
    });
  }, selector);
}

/** In the page: whether an image's axis labels stand out from its background, from its pixels. */
async function imagePixels(page: Page, chart: ArticleChart, phone: boolean): Promise<string[]> {
  const svg = phone ? chart.mobile : chart.web;
  return page.evaluate(
    async ({ id, svg }) => {
      const img = document.querySelector<HTMLImageElement>(`figure[data-chart="${id}"] img`);
      if (!img) return ["no <img>"];
      await img.decode();
      if (!img.naturalWidth) return [`${img.currentSrc} did not load`];
      // The same SVG inline, off screen, gives the axis labels' boxes in its own units.
      const holder = document.createElement("div");
      holder.style.cssText = "position:absolute;left:-20000px;top:0";
      holder.innerHTML = svg;
      document.body.append(holder);
      const inline = holder.querySelector("svg");
      if (!inline) return ["no inline copy"];
      const [, , vw = 1] = (inline.getAttribute("viewBox") ?? "").split(" ").map(Number);
      const ticks = [...inline.querySelectorAll<SVGTextElement>("[class*='-tick'] text")].map((t) => {
        const b = t.getBBox();
        const m = inline
          .getCTM()
          ?.inverse()
          .multiply(t.getCTM() ?? new DOMMatrix());
        const p = new DOMPoint(b.x, b.y).matrixTransform(m);
        return { text: t.textContent ?? "", x: p.x, y: p.y, w: b.width, h: b.height };
      });
      holder.remove();
      const k = img.naturalWidth / vw;
      const canvas = document.createElement("canvas");
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext("2d");
      if (!ctx) return ["no canvas"];
      ctx.drawImage(img, 0, 0);
      const at = (x: number, y: number) => ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data;
      const bg = at(2, 2);
      const faults: string[] = [];
      for (const t of ticks) {
        const data = ctx.getImageData(
          Math.floor(t.x * k),
          Math.floor(t.y * k),
          Math.max(1, Math.ceil(t.w * k)),
          Math.max(1, Math.ceil(t.h * k)),
        ).data;
        let most = 0;
        for (let i = 0; i < data.length; i += 4)
          most = Math.max(
            most,
            Math.abs((data[i] ?? 0) - (bg[0] ?? 0)) +
              Math.abs((data[i + 1] ?? 0) - (bg[1] ?? 0)) +
              Math.abs((data[i + 2] ?? 0) - (bg[2] ?? 0)),
          );
        if (most < 150)
          faults.push(`axis label "${t.text}" does not stand out (largest difference ${most} of 765)`);
      }
      if (!ticks.length) faults.push("no axis labels found");
      return faults;
    },
    { id: chart.id, svg },
  );
}

const NAME_SHIM = "globalThis.__name = (f) => f;";

const WEIGHTS: Record<number, Weight> = { 400: "regular", 600: "semibold", 700: "bold" };

function widest(fontset: Fontset, found: Found[]) {
  for (const f of found)
    for (const w of f.widths) {
      const est = textWidth(w.text, w.size, WEIGHTS[w.weight] ?? "regular");
      const ratio = w.width / est;
      if (ratio > (ratios.get(fontset)?.ratio ?? 0)) ratios.set(fontset, { ratio, text: w.text });
    }
}

const withAxis = new Set([
  "crossings-timeline",
  "crossings-may-2024",
  "displacement-may-2024",
  "toll-reports",
  "ceasefire-toll",
  "hostages-may-2024",
]);

async function check(fontset: Fontset, embed: Embed, phone: boolean, scheme: "light" | "dark") {
  const browser = browsers.get(fontset);
  assert.ok(browser);
  const page = await browser.newPage({
    viewport: { width: phone ? 390 : 1024, height: 900 },
    colorScheme: scheme,
  });
  // tsx names the functions it compiles with a __name helper; give the page one for evaluate().
  await page.addInitScript({ content: NAME_SHIM });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // A request the browser itself cancels (a lazy image it no longer needs, a page closing) is
  // not a failure: net::ERR_ABORTED flaked CI once on index.html's mobile <picture> sources.
  page.on("requestfailed", (r) => {
    if (r.failure()?.errorText !== "net::ERR_ABORTED") errors.push(`request failed: ${r.url()}`);
  });
  const url = `${base}/__article-${embed}`;
  await page.route(url, (r) =>
    r.fulfill({ body: articlePage(list, embed, phone), contentType: "text/html" }),
  );
  await page.goto(url, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready);
  const where = `${fontset}, ${embed}, ${phone ? "390 px" : "680 px"}, ${scheme}`;
  const faults: string[] = [];
  const column = await page.evaluate(
    () => document.querySelector("article figure")?.getBoundingClientRect().width ?? 0,
  );
  if (embed === "inline" || embed === "stripped" || embed === "adaptive") {
    // Every embedded face decodes: a WOFF2 the browser's sanitiser refuses is "error", and the
    // chart would silently fall back to the reader's fonts.
    const refused = await page.evaluate(async () => {
      const faces = [...document.fonts];
      await Promise.all(faces.map((f) => f.load().catch(() => undefined)));
      return faces.filter((f) => f.status === "error").map((f) => `${f.family} ${f.weight}`);
    });
    faults.push(...refused.map((f) => `font face refused: ${f}`));
    const found = await inspectSvgs(page, embed === "adaptive" ? "figure svg" : "figure > svg");
    assert.equal(found.length, list.length, `${where}: every chart inline, one size each`);
    if (embed === "adaptive")
      for (const f of found)
        if (f.id.endsWith("-mobile") !== phone)
          faults.push(`${f.id}: the adaptive embed shows it in a ${column} px column`);
    widest(fontset, found);
    for (const f of found) {
      faults.push(
        ...f.clipped.map((c) => `${f.id}: clipped ${c}`),
        ...f.overlaps.map((o) => `${f.id}: ${o}`),
      );
      const id = f.id.replace(/^rf-/, "").replace(/-(web|mobile)$/, "");
      if (withAxis.has(id) && f.axis.length === 0) faults.push(`${f.id}: no axis labels`);
      for (const a of f.axis)
        if (a.contrast < 3) faults.push(`${f.id}: axis label "${a.text}" contrast ${a.contrast.toFixed(2)}`);
    }
  } else {
    for (const c of list) {
      const shown = await page.evaluate((id) => {
        const img = document.querySelector<HTMLImageElement>(`figure[data-chart="${id}"] img`);
        return { src: img?.currentSrc ?? "", width: img?.getBoundingClientRect().width ?? 0 };
      }, c.id);
      const mobile = shown.src.endsWith(".mobile.svg");
      if (embed === "picture" && mobile !== phone)
        faults.push(`${c.id}: <picture> shows ${shown.src} at ${phone ? 390 : 680} px`);
      if (shown.width > column + 0.5) faults.push(`${c.id}: ${shown.width} px wide in a ${column} px column`);
      if (withAxis.has(c.id))
        faults.push(
          ...(await imagePixels(page, c, embed === "picture" ? phone : false)).map((f) => `${c.id}: ${f}`),
        );
      // The file itself, opened as a document in the same scheme: its text is inside its box.
      const doc = await browser.newPage({ viewport: { width: 800, height: 600 }, colorScheme: scheme });
      await doc.addInitScript({ content: NAME_SHIM });
      await doc.goto(shown.src, { waitUntil: "load" });
      await doc.evaluate(() => document.fonts.ready);
      const [own] = await inspectSvgs(doc, "svg");
      await doc.close();
      if (own) faults.push(...own.clipped.map((x) => `${c.id} as a file: clipped ${x}`));
    }
  }
  const dir = join(shots, fontset);
  mkdirSync(dir, { recursive: true });
  for (const c of list)
    await page
      .locator(`figure[data-chart="${c.id}"]`)
      .screenshot({ path: join(dir, `${c.id}.${embed}.${phone ? 390 : 680}.${scheme}.png`) });
  await page.close();
  assert.deepEqual(errors, [], `${where}: page errors`);
  assert.deepEqual(faults, [], where);
}

for (const fontset of Object.keys(FONTSETS) as Fontset[]) {
  const embeds = fontset === "dejavu-only" ? (["stripped"] as const) : EMBEDS;
  for (const embed of embeds) {
    test(`mock article, ${fontset}, ${embed}: no clipped or overlapping text, axis labels visible, at 680 and 390 px, light and dark`, async () => {
      for (const phone of [false, true])
        for (const scheme of ["light", "dark"] as const) await check(fontset, embed, phone, scheme);
    });
  }
}

test("the measured widths of every string stay within the fallback allowance", { skip: false }, () => {
  // Runs after the article tests above (node:test runs a file's tests in order).
  assert.ok(ratios.size > 0, "no widths were measured");
  for (const [fontset, r] of ratios)
    assert.ok(
      r.ratio <= FALLBACK_ALLOWANCE,
      `${fontset}: "${r.text}" is ${r.ratio.toFixed(3)} × its textWidth(), over ${FALLBACK_ALLOWANCE}`,
    );
});
