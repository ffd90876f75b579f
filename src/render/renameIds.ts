/**
 * Rename every id under root to `${prefix}-${name}-${n}`, numbered in document
 * order, and rewrite references to them (url(#id), href="#id", aria lists).
 * Plot numbers clip paths, markers and patterns with module counters, so its
 * ids depend on render order; after this they depend only on the chart.
 */
export function renameIds(root: Element, prefix: string): void {
  const renames = new Map<string, string>();
  const counts = new Map<string, number>();
  // getElementsByTagName, not querySelectorAll: jsdom walks the tree without its selector engine.
  for (const el of [root, ...root.getElementsByTagName("*")]) {
    const id = el.getAttribute("id");
    if (!id || id.startsWith(`${prefix}-`)) continue;
    const name = id.replace(/^plot-/, "").replace(/-\d+$/, "") || "id";
    const n = (counts.get(name) ?? 0) + 1;
    counts.set(name, n);
    const next = `${prefix}-${name}-${n}`;
    renames.set(id, next);
    el.setAttribute("id", next);
  }
  if (renames.size === 0) return;
  for (const el of [root, ...root.getElementsByTagName("*")]) {
    for (const attr of [...el.attributes]) {
      if (attr.name === "id") continue;
      let value = attr.value.replace(/url\(#([^)]+)\)/g, (m, id: string) =>
        renames.has(id) ? `url(#${renames.get(id)})` : m,
      );
      if (
        (attr.name === "href" || attr.name === "xlink:href") &&
        value.startsWith("#") &&
        renames.has(value.slice(1))
      ) {
        value = `#${renames.get(value.slice(1))}`;
      }
      if (attr.name.startsWith("aria-") && attr.name.endsWith("by")) {
        value = value
          .split(/\s+/)
          .map((id) => renames.get(id) ?? id)
          .join(" ");
      }
      if (value !== attr.value) el.setAttribute(attr.name, value);
    }
  }
}
