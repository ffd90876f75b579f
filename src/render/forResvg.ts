/** The SVG as resvg must get it, for the PNG: Arabic runs set apart. */
import { textWidthIn, type Weight } from "../text/wrap.ts";
import { sharedWindow } from "./dom.ts";

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
