/**
 * What a rendered chart needs of its fonts: which characters each face draws at each weight
 * (the text under the nearest font-weight), read once from the drawn element or from the SVG.
 */
import { sharedWindow } from "./dom.ts";
import { FACES, type Face } from "./fontFaces.ts";

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

/** Which characters of a chart each face draws, by weight: what its cuts are made of. */
export interface Cut {
  weight: number;
  face: Face;
  chars: string[];
}

/**
 * Every digit, in a weight that draws one: a cut is kept on disk by its characters (cutFace.ts), and
 * an edited figure ("484" to "491") would otherwise need a new one at each weight, which costs an
 * edit run some 0.4 s (loading harfbuzz, cutting, compressing the WOFF2s). Ten small glyphs more
 * per weight; the charts' letters still make their own cuts.
 */
const DIGITS = "0123456789";

function cutsOf(root: Element): Cut[] {
  const cuts: Cut[] = [];
  const byWeight = [...charsByWeight(root)].sort(([a], [b]) => a - b);
  for (const [weight, set] of byWeight) {
    if ([...DIGITS].some((d) => set.has(d))) for (const d of DIGITS) set.add(d);
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
