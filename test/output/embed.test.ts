/** The embed snippets a desk copies: a <picture> that adapts by default, and an inline embed that switches by its column. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { EMBED, inlineEmbed, inlineEmbedCss, pictureEmbed, svgSize } from "../../src/output/embed.ts";

const web = `<svg xmlns="http://www.w3.org/2000/svg" width="640" viewBox="0 0 640 604" class="rf-toll-web" height="604"><title>T</title></svg>\n`;
const mobile = `<svg xmlns="http://www.w3.org/2000/svg" width="360" viewBox="0 0 360 700" class="rf-toll-mobile" height="700"><title>T</title></svg>\n`;

test("svgSize(svg) reads the width and height of the <svg> element itself", () => {
  assert.deepEqual(svgSize(web), { width: "640", height: "604" });
  assert.deepEqual(
    svgSize(`<svg viewBox="0 0 1 1" width="10" height="20"><rect width="99" height="98"/></svg>`),
    {
      width: "10",
      height: "20",
    },
  );
});

test("pictureEmbed() serves the 360 px SVG on narrow screens and the 640 px one as its <img>, with the alt text and the source line", () => {
  const html = pictureEmbed({
    id: "toll",
    alt: 'Points: "at least" 34,789 & more',
    source: "Source: Gaza health ministry",
    web,
    mobile,
  });
  assert.equal(
    html,
    `<figure class="rafah-figure" style="margin:0">
  <picture>
    <source media="(max-width: ${EMBED.narrow}px)" srcset="toll.mobile.svg" width="360" height="700">
    <img src="toll.svg" width="640" height="604" style="width:100%;height:auto" alt="Points: &quot;at least&quot; 34,789 &amp; more">
  </picture>
  <figcaption style="font-size:12px">Source: Gaza health ministry</figcaption>
</figure>`,
  );
  // The narrow screens are phones and columns where the 640 px chart would shrink its 12 px text
  // under 11 px (a 520 px column: 9.75 px): 390 and 520 px are narrow, a 680 px column is not.
  for (const column of [390, 520, 586]) assert.ok(column <= EMBED.narrow, `${column} px is narrow`);
  assert.ok(EMBED.narrow < 640);
  assert.ok(
    (12 * (EMBED.narrow + 1)) / 640 >= 11,
    "above the breakpoint, the web chart's text is 11 px or more",
  );
  // The first (and only) <img> is the fallback inside <picture>: no bare 640 px embed comes first.
  assert.ok(html.indexOf("<source") < html.indexOf("<img"));
});

test("inlineEmbed() carries both sizes, the 360 px one hidden until its column is narrow, by container query or media query", () => {
  const html = inlineEmbed({ id: "toll", web, mobile });
  assert.match(html, /^<div class="rf-embed rf-embed-toll">\n<style>/);
  assert.ok(html.includes(`<div class="rf-embed-web">${web.trim()}</div>`));
  assert.ok(html.includes(`<div class="rf-embed-mobile">${mobile.trim()}</div>`));
  const css = inlineEmbedCss("toll");
  assert.ok(html.includes(`<style>${css}</style>`));
  assert.match(css, /\.rf-embed-toll\{container-type:inline-size;/);
  assert.match(css, /\.rf-embed-toll \.rf-embed-mobile\{display:none\}/);
  // In a column between 360 px and the switch, the 360 px chart fills it (no gap beside it).
  assert.match(css, /\.rf-embed-toll \.rf-embed-mobile svg\{width:100%\}/);
  const narrow = ".rf-embed-toll .rf-embed-web{display:none}.rf-embed-toll .rf-embed-mobile{display:block}";
  assert.ok(css.includes(`@container (max-width: ${EMBED.narrow}px){${narrow}}`));
  assert.ok(
    css.includes(
      `@supports not (container-type:inline-size){@media (max-width: ${EMBED.narrow}px){${narrow}}}`,
    ),
  );
  // Each SVG scales down to its column and never past its own width.
  assert.match(css, /\.rf-embed-toll svg\{display:block;max-width:100%;height:auto\}/);
});
