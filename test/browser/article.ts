/**
 * A mock article page, as a desk would drop a chart into its CMS: a serif body text in a 680 px
 * column (or a 390 px phone), `img, svg {max-width:100%}`, a dark variant by prefers-color-scheme,
 * and each chart embedded one way: inline <svg>, <img>, the <picture> embed snippet, the adaptive
 * inline embed (both sizes, switched by a container query: src/output/embed.ts), or inline with
 * its <style> stripped (as some CMSs do), which leaves the system's fallback fonts.
 */

export type Embed = "inline" | "img" | "picture" | "adaptive" | "stripped";
export const EMBEDS: readonly Embed[] = ["inline", "img", "picture", "adaptive", "stripped"];

export interface ArticleChart {
  id: string;
  notebook: string;
  /** The SVG files' text, for inline embeds. */
  web: string;
  mobile: string;
  alt: string;
}

import { inlineEmbed, pictureEmbed } from "../../src/output/embed.ts";

/** The article's CSS: its own fonts and colours, nothing the charts could rely on. */
const CSS = `
:root{color-scheme:light dark}
body{margin:0;font:18px/1.6 Georgia,'DejaVu Serif',serif;background:#ffffff;color:#1a1a1a}
@media (prefers-color-scheme:dark){body{background:#111418;color:#e6e6e6}a{color:#9cc3ff}}
article{max-width:680px;margin:0 auto;padding:8px 16px 48px}
img,svg{max-width:100%;height:auto}
figure{margin:28px 0;padding:0}
h1{font-size:32px;line-height:1.15}
`;

const PARAGRAPH =
  "The crossing has been the main route for aid and for people leaving Gaza. This paragraph stands in for the reporting around the chart, so the chart is seen as a reader sees it, between lines of text.";

/** Only the `<style>` element of an SVG removed, as a CMS that strips styles does. */
export function stripStyle(svg: string): string {
  return svg.replace(/<style>[\s\S]*?<\/style>/g, "");
}

function figure(c: ArticleChart, embed: Embed, phone: boolean): string {
  if (embed === "adaptive")
    return `<figure data-chart="${c.id}">${inlineEmbed({ id: c.id, web: c.web, mobile: c.mobile })}</figure>`;
  if (embed === "picture") {
    const snippet = pictureEmbed({
      id: `/${c.notebook}/${c.id}`,
      alt: c.alt,
      source: "",
      web: c.web,
      mobile: c.mobile,
    });
    return `<figure data-chart="${c.id}">${/<picture>[\s\S]*<\/picture>/.exec(snippet)?.[0] ?? ""}</figure>`;
  }
  const src = `/${c.notebook}/${c.id}.svg`;
  const alt = c.alt.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  const svg = phone ? c.mobile : c.web;
  const body =
    embed === "inline" ? svg : embed === "stripped" ? stripStyle(svg) : `<img src="${src}" alt="${alt}">`;
  return `<figure data-chart="${c.id}">${body}</figure>`;
}

export function articlePage(charts: readonly ArticleChart[], embed: Embed, phone: boolean): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mock article</title><style>${CSS}</style></head>
<body><article><h1>What happened at the Rafah crossing</h1>
${charts.map((c) => `<p>${PARAGRAPH}</p>\n${figure(c, embed, phone)}`).join("\n")}
<p>${PARAGRAPH}</p></article></body></html>`;
}
