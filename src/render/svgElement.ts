/**
 * Building the frame's SVG by hand: an element with its attributes and text, and coordinates rounded to 0.01
 * px.
 */

export function svgElement(
  document: Document,
  name: string,
  attrs: Record<string, string | number>,
  text?: string,
): SVGSVGElement {
  const node = document.createElementNS("http://www.w3.org/2000/svg", name) as SVGSVGElement;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A coordinate rounded to hundredths of a px, so files stay short and stable. */
export function roundPx(n: number): number {
  return Math.round(n * 100) / 100;
}
