/**
 * The social card's compact timeline, its small parts with no imports (./timelineCard.ts has the
 * rest): a label without its credit, markers in one row, and a bracket the card marks with a number.
 */
/** A label without the credit in brackets at its end: "Crossing seized (AFP)" → "Crossing seized". */
export function withoutCredit(label: string): string {
  const text = label.trimEnd();
  if (!text.endsWith(")")) return text;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ")") depth++;
    else if (text[i] === "(" && --depth === 0) {
      const rest = text.slice(0, i).trimEnd();
      return rest || text;
    }
  }
  return text;
}

/**
 * Marker centres in one row, in the order given (date order): each at its x when it can be, else
 * `step` after the one before; the row moved back left as far as the last needs to stay inside.
 */
export function markerRow(xs: readonly number[], step: number, r: number, width: number): number[] {
  const out: number[] = [];
  for (const x of xs) {
    const before = out[out.length - 1];
    out.push(Math.max(r, before === undefined ? x : Math.max(x, before + step)));
  }
  for (let i = out.length - 1; i >= 0; i--) {
    const after = out[i + 1];
    const limit = after === undefined ? width - r : after - step;
    out[i] = Math.max(r, Math.min(out[i] ?? r, limit));
  }
  return out;
}

/** A bracket the card marks with a number on its line, keyed under the axis. */
export interface BracketMark {
  date: Date;
  /** The key's entry: the bracket's label without its credit. */
  text: string;
  x: number;
  y: number;
}
