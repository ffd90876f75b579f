/**
 * Problems that make a serialized SVG unfit to publish on its own: no xmlns,
 * scripts, event attributes, foreignObject, external references. The only URL
 * allowed in CSS is an embedded font (data:font/woff2). Returns messages; empty
 * means publishable.
 */
export function publishProblems(svg: string): string[] {
  const problems: string[] = [];
  if (!/^<svg[^>]*\sxmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(svg))
    problems.push("root is not an <svg> with xmlns");
  if (/<script\b/i.test(svg)) problems.push("contains a <script> element");
  if (/<foreignObject\b/i.test(svg)) problems.push("contains a <foreignObject> element");
  const event = /<[^>]*?\s(on[a-z]+)\s*=/i.exec(svg);
  if (event) problems.push(`has an event attribute: ${event[1]}`);
  const ref =
    /<[^>]*?\s(?:xlink:)?href\s*=\s*"(?!#)([^"]*)"/i.exec(svg) ??
    /url\(\s*['"]?(?!#|data:font\/woff2;base64,[A-Za-z0-9+/=]+['"]?\))([^)'"]+)/i.exec(svg) ??
    /@import/i.exec(svg);
  if (ref) problems.push(`has an external reference: ${ref[1] ?? ref[0]}`);
  if (!/<title id="[^"]+">[^<]+<\/title>/.test(svg)) problems.push("has no <title>");
  if (!/<desc id="[^"]+">[^<]+<\/desc>/.test(svg)) problems.push("has no <desc>");
  return problems;
}
