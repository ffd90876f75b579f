/**
 * Fonts inside each SVG: the faces a chart uses, cut down to the glyphs it uses (harfbuzz's
 * hb-subset, through subset-font) and embedded as WOFF2 data URLs in an @font-face in the
 * chart's <style>, under a family name of its own so two charts on one page never share a
 * subset. The same cut-down faces, as TrueType, are what resvg draws the PNGs with, so the PNG
 * and the SVG show the same glyphs. Source Sans 3 for Latin text; Noto Sans Hebrew and Arabic
 * for those scripts (resvg falls back to them per character, browsers by unicode-range).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import subsetFont from "subset-font";
import { sharedWindow } from "./dom.ts";
import { FONT_STACK } from "../style/index.ts";
import { WIDTHS } from "../text/metrics.ts";
import { textWidthIn, type Weight } from "../text/wrap.ts";
import { toWoff2, WOFF2_ENCODER } from "./woff2.ts";

const require = createRequire(import.meta.url);
const sourceSans = (name: string) =>
  join(dirname(require.resolve("source-sans/package.json")), "TTF", `SourceSans3-${name}.ttf`);
const noto = (script: "hebrew" | "arabic", weight: number) =>
  join(
    dirname(require.resolve(`@fontsource/noto-sans-${script}/package.json`)),
    "files",
    `noto-sans-${script}-${script}-${weight}-normal.woff2`,
  );

interface Face {
  family: string;
  file: string;
  /** Whether this face draws a character; the first face that does gets it. */
  covers: (ch: string) => boolean;
  /** OpenType features to keep: Latin needs only kerning; Arabic needs its joining forms, so all. */
  features?: string[];
}

const HEBREW = /[\u0590-\u05ff\ufb1d-\ufb4f]/u;
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/u;
const latin = (ch: string) => WIDTHS["source-sans-3"].regular[ch] !== undefined;

/** The faces for each weight the house style uses (src/style/type.ts WEIGHT). */
const FACES: Record<number, Face[]> = Object.fromEntries(
  (
    [
      [400, "Regular"],
      [600, "Semibold"],
      [700, "Bold"],
    ] as const
  ).map(([weight, name]) => [
    weight,
    [
      { family: "Source Sans 3", file: sourceSans(name), covers: latin, features: ["kern"] },
      { family: "Noto Sans Hebrew", file: noto("hebrew", weight), covers: (ch: string) => HEBREW.test(ch) },
      { family: "Noto Sans Arabic", file: noto("arabic", weight), covers: (ch: string) => ARABIC.test(ch) },
    ],
  ]),
);

const fileCache = new Map<string, { bytes: Buffer; hash: string }>();
const subsetCache = new Map<string, Promise<Buffer>>();

/**
 * What makes a cut besides its face and characters, all part of its key, so a change to any is a
 * new cut: the options, subset-font and the harfbuzz that cut it, and the WOFF2 encoder's own
 * source (./woff2.ts hashes itself).
 */
const CUT = {
  noHinting: true,
  preserveNameIds: [16, 17],
  // subset-font's version and the harfbuzz it runs (its wasm, hashed).
  tools: [
    (JSON.parse(readFileSync(require.resolve("subset-font/package.json"), "utf8")) as { version: string })
      .version,
    createHash("sha256")
      .update(
        readFileSync(
          require.resolve("harfbuzzjs/dist/harfbuzz-subset.wasm", {
            paths: [dirname(require.resolve("subset-font"))],
          }),
        ),
      )
      .digest("hex")
      .slice(0, 16),
  ],
  woff2: WOFF2_ENCODER,
};

/**
 * A face cut to some characters, in a format. The same request is made once per process, and
 * with `cacheDir` once per machine: cuts are kept there under a hash of the face's bytes, the
 * characters, the format and the options, so a later run (an edit, a watch save) reuses them.
 * harfbuzz cuts the TrueType face once; the WOFF2 is that cut compressed (./woff2.ts).
 */
function subset(face: Face, chars: string, format: "woff2" | "truetype", cacheDir?: string): Promise<Buffer> {
  let font = fileCache.get(face.file);
  if (!font) {
    const bytes = readFileSync(face.file);
    font = { bytes, hash: createHash("sha256").update(bytes).digest("hex") };
    fileCache.set(face.file, font);
  }
  const key = createHash("sha256")
    .update(JSON.stringify([font.hash, chars, format, face.features ?? null, CUT]))
    .digest("hex")
    .slice(0, 40);
  let found = subsetCache.get(key);
  if (!found) {
    const kept = cacheDir ? join(cacheDir, `${key}.${format === "woff2" ? "woff2" : "ttf"}`) : undefined;
    const bytes = font.bytes;
    found = (async () => {
      if (kept && existsSync(kept)) return readFileSync(kept);
      const cut =
        format === "woff2"
          ? await toWoff2(await subset(face, chars, "truetype", cacheDir))
          : await subsetFont(bytes, chars, {
              targetFormat: "truetype",
              noHinting: CUT.noHinting,
              // The typographic family and style (name IDs 16, 17): without them resvg sees "Source Sans 3
              // Semibold" as a family of its own and draws 600 with the bold face.
              preserveNameIds: CUT.preserveNameIds,
              ...(face.features ? { keepFeatures: face.features } : {}),
            });
      if (kept) {
        // Written under a temporary name and renamed, so a reader never sees half a font.
        mkdirSync(dirname(kept), { recursive: true });
        const tmp = `${kept}.${process.pid}.tmp`;
        writeFileSync(tmp, cut);
        renameSync(tmp, kept);
      }
      return cut;
    })();
    subsetCache.set(key, found);
  }
  return found;
}

export interface EmbeddedSvg {
  /** The SVG with its fonts in its <style>. */
  svg: string;
  /** The same faces as TrueType, for resvg. */
  truetype: Buffer[];
  /** Bytes of the embedded fonts (base64 included), for the budget. */
  fontBytes: number;
}

/** The characters each weight draws in a chart: text under the nearest font-weight. */
function charsByWeight(root: Element): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const text of root.getElementsByTagName("text")) {
    // The nearest font-weight, walked by hand: closest("[font-weight]") runs jsdom's selector
    // engine for every text, a tenth of a cold build.
    let raw: string | null = null;
    for (let el: Element | null = text; el && raw === null; el = el.parentElement)
      raw = el.getAttribute("font-weight");
    raw ??= "400";
    const weight = raw === "bold" ? 700 : raw === "normal" ? 400 : Number(raw) || 400;
    const set = out.get(weight) ?? new Set<string>();
    for (const ch of text.textContent ?? "") if (ch.trim() || ch === "\u00a0") set.add(ch);
    set.add(" ");
    out.set(weight, set);
  }
  return out;
}

/** "U+20,U+41-43": the characters a face is used for, so browsers pick it for those alone. */
function unicodeRange(chars: readonly string[]): string {
  const points = [...new Set(chars.map((c) => c.codePointAt(0) ?? 0))].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < points.length;) {
    let j = i;
    while (j + 1 < points.length && (points[j + 1] ?? 0) === (points[j] ?? 0) + 1) j++;
    const hex = (n: number | undefined) => (n ?? 0).toString(16).toUpperCase();
    ranges.push(j > i ? `U+${hex(points[i])}-${hex(points[j])}` : `U+${hex(points[i])}`);
    i = j + 1;
  }
  return ranges.join(",");
}

/** Which characters of a chart each face draws, by weight: what its cuts are made of. */
interface Cut {
  weight: number;
  face: Face;
  chars: string[];
}

function cutsOf(root: Element): Cut[] {
  const cuts: Cut[] = [];
  const byWeight = [...charsByWeight(root)].sort(([a], [b]) => a - b);
  for (const [weight, set] of byWeight) {
    const faces = FACES[weight] ?? FACES[400] ?? [];
    const assigned = new Map<Face, string[]>();
    for (const ch of [...set].sort()) {
      const face = faces.find((f) => f.covers(ch));
      if (face) assigned.set(face, [...(assigned.get(face) ?? []), ch]);
    }
    for (const [face, chars] of assigned)
      if (!chars.every((c) => c === " ")) cuts.push({ weight, face, chars });
  }
  return cuts;
}

/** A rendered chart read once for its fonts: its root element and the cuts its text needs. */
export interface FontPlan {
  root: Element;
  cuts: Cut[];
}

/** The plan of an SVG, from its text or from the element it was drawn as (no parsing). */
export function planFonts(svg: string | Element): FontPlan {
  const root =
    typeof svg === "string"
      ? new (sharedWindow().DOMParser)().parseFromString(svg, "image/svg+xml").documentElement
      : svg;
  return { root, cuts: cutsOf(root) };
}

/**
 * The faces a rendered chart draws with, cut to its characters, as TrueType: what resvg draws its
 * PNG with. The same cuts embedFonts makes (and caches), so a PNG can start before the WOFF2s are
 * compressed.
 */
export function truetypeFaces(plan: FontPlan, options: { cacheDir?: string } = {}): Promise<Buffer[]> {
  return Promise.all(plan.cuts.map((c) => subset(c.face, c.chars.join(""), "truetype", options.cacheDir)));
}

/**
 * Embed the fonts a rendered chart uses (an SVG, or its plan). The chart's root class names its
 * family, so the @font-face rules apply to this chart only; the attribute stack stays as the
 * fallback for a CMS that strips <style>.
 */
export async function embedFonts(
  svg: string | FontPlan,
  options: { cacheDir?: string } = {},
): Promise<EmbeddedSvg> {
  const { root, cuts } = typeof svg === "string" ? planFonts(svg) : svg;
  const family = root.getAttribute("class") ?? "rf-chart";
  const fonts = await Promise.all(
    cuts.map((c) =>
      Promise.all([
        subset(c.face, c.chars.join(""), "woff2", options.cacheDir),
        subset(c.face, c.chars.join(""), "truetype", options.cacheDir),
      ]),
    ),
  );
  const rules = cuts.map(({ weight, chars }, i) => {
    const url = `data:font/woff2;base64,${fonts[i]?.[0].toString("base64") ?? ""}`;
    return `@font-face{font-family:"${family}";font-weight:${weight};src:url(${url}) format("woff2");unicode-range:${unicodeRange(chars)}}`;
  });
  // The plan's element is changed here: embedding is the last use of it.
  const style = root.querySelector("style");
  if (style) {
    style.textContent = `${rules.join("")}.${family}{font-family:"${family}",${FONT_STACK}}${style.textContent ?? ""}`;
  }
  return {
    svg: new (sharedWindow().XMLSerializer)().serializeToString(root) + "\n",
    truetype: fonts.map(([, ttf]) => ttf),
    fontBytes: rules.reduce((sum, r) => sum + r.length, 0),
  };
}

let fontDir: string | undefined;

/**
 * Paths of TrueType files for resvg, which reads fonts only from files: each face is written
 * once per process, by content, into a folder of the system's temporary directory that is
 * removed when the process exits.
 */
export function fontFiles(faces: readonly Buffer[]): string[] {
  if (!fontDir) {
    const dir = mkdtempSync(join(tmpdir(), "rf-fonts-"));
    fontDir = dir;
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  }
  const dir = fontDir;
  return faces.map((bytes) => {
    const path = join(dir, `${createHash("sha256").update(bytes).digest("hex").slice(0, 32)}.ttf`);
    if (!existsSync(path)) writeFileSync(path, bytes);
    return path;
  });
}

/**
 * The SVG as resvg must get it: resvg (2.6) draws nothing of a text whose chunk mixes an Arabic
 * run with other text, so in the PNG's copy each run of such a text is set as a chunk of its
 * own, at the x where it starts (measured in Source Sans 3 and Noto Sans Arabic, the faces resvg
 * draws with). Runs stay in reading order, as an Arabic name reads inside an English line. The
 * SVG files themselves are left to the browser's bidirectional layout.
 */
export function forResvg(svg: string): string {
  if (!/font-family="'Noto Sans Arabic'/.test(svg)) return svg;
  const window = sharedWindow();
  const doc = new window.DOMParser().parseFromString(svg, "image/svg+xml");
  const mixed = [...doc.querySelectorAll("text, tspan")].filter(
    (el) =>
      (el.tagName === "text" ? !el.querySelector("tspan[x]") : el.hasAttribute("x")) &&
      [...el.children].some((c) => (c.getAttribute("font-family") ?? "").startsWith("'Noto Sans Arabic'")) &&
      el.childNodes.length > 1,
  );
  for (const el of mixed) {
    const inherited = (name: string) => el.closest(`[${name}]`)?.getAttribute(name) ?? null;
    const size = Number(inherited("font-size") ?? 16);
    const w = Number(inherited("font-weight") ?? 400);
    const weight: Weight = w >= 700 ? "bold" : w >= 600 ? "semibold" : "regular";
    const anchor = inherited("text-anchor") ?? "start";
    const runs = [...el.childNodes].map((node) => ({
      node,
      width: textWidthIn("source-sans-3", node.textContent ?? "", size, weight),
    }));
    const total = runs.reduce((sum, r) => sum + r.width, 0);
    let x =
      Number(el.getAttribute("x") ?? 0) - (anchor === "middle" ? total / 2 : anchor === "end" ? total : 0);
    el.setAttribute("text-anchor", "start");
    for (const run of runs) {
      let span = run.node as Element;
      if (run.node.nodeType !== 1) {
        span = doc.createElementNS("http://www.w3.org/2000/svg", "tspan");
        span.textContent = run.node.textContent;
        el.replaceChild(span, run.node);
      }
      span.setAttribute("x", String(Math.round(x * 100) / 100));
      x += run.width;
    }
  }
  return new window.XMLSerializer().serializeToString(doc.documentElement) + "\n";
}
