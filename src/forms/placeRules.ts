/**
 * What makes a placed label read as its own point's (./place.ts): it is no nearer another point
 * than its own, the labels of two close points stack in their points' vertical order, and a leader
 * leaves its own point's mark before it may meet anything else, and crosses no other leader. The
 * placer's geometry (Box, Segment) is here, below it, and ./place.ts passes it on.
 */

/** A rectangle in px, from its top-left corner. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A straight line from (x1, y1) to (x2, y2). */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A point with its label's gap (./place.ts, LabelRequest). */
type Labelled = { x: number; y: number; gap: number };

/** Distance from a point to a box (0 inside it). */
function distance(p: { x: number; y: number }, b: Box): number {
  const dx = Math.max(b.x - p.x, 0, p.x - (b.x + b.w));
  const dy = Math.max(b.y - p.y, 0, p.y - (b.y + b.h));
  return Math.hypot(dx, dy);
}

/**
 * Whether a label's box is nearer point `q` than its own point `r`, each measured to the box's
 * nearest edge, by more than NEAR_TIE px.
 */
export function nearer(b: Box, q: { x: number; y: number }, r: { x: number; y: number }): boolean {
  return distance(q, b) < distance(r, b) - NEAR_TIE;
}

/** A label as near two points to within this many px is as near one as the other to a reader. */
export const NEAR_TIE = 1;

/**
 * Whether the labels of two close points (their dots less than the two labels' gaps apart across),
 * one over the other (sharing some of their width), are stacked in the reverse of their points'
 * vertical order: the higher point's label must be the higher one.
 */
export function outOfOrder(a: Box, p: Labelled, b: Box, q: Labelled): boolean {
  if (Math.abs(p.x - q.x) >= p.gap + q.gap || p.y === q.y) return false;
  if (a.x >= b.x + b.w || b.x >= a.x + a.w) return false;
  return a.y + a.h / 2 - (b.y + b.h / 2) > 0 !== p.y - q.y > 0;
}

/** The mark a label's point is drawn as: of the marks around the point, the one centred nearest it. */
export function ownMark(p: { x: number; y: number }, marks: readonly Box[]): Box | undefined {
  const off = (m: Box) => Math.hypot(m.x + m.w / 2 - p.x, m.y + m.h / 2 - p.y);
  return marks
    .filter((m) => p.x >= m.x && p.x <= m.x + m.w && p.y >= m.y && p.y <= m.y + m.h)
    .sort((a, b) => off(a) - off(b))[0];
}

/** The part of a segment from its start inside a box onwards, from where it leaves the box. */
export function leaving(s: Segment, b: Box): Segment {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const exit = (d: number, from: number, lo: number, hi: number) =>
    d > 0 ? (hi - from) / d : d < 0 ? (lo - from) / d : Infinity;
  const t = Math.min(
    1,
    Math.max(0, Math.min(exit(dx, s.x1, b.x, b.x + b.w), exit(dy, s.y1, b.y, b.y + b.h))),
  );
  return { x1: s.x1 + t * dx, y1: s.y1 + t * dy, x2: s.x2, y2: s.y2 };
}

/** Whether two segments cross or touch (an end of one on the other). */
export function intersects(a: Segment, b: Segment): boolean {
  const turn = (s: Segment, x: number, y: number) =>
    Math.sign((s.x2 - s.x1) * (y - s.y1) - (s.y2 - s.y1) * (x - s.x1));
  const within = (s: Segment, x: number, y: number) =>
    Math.min(s.x1, s.x2) <= x &&
    x <= Math.max(s.x1, s.x2) &&
    Math.min(s.y1, s.y2) <= y &&
    y <= Math.max(s.y1, s.y2);
  const [d1, d2] = [turn(a, b.x1, b.y1), turn(a, b.x2, b.y2)];
  const [d3, d4] = [turn(b, a.x1, a.y1), turn(b, a.x2, a.y2)];
  if (d1 * d2 < 0 && d3 * d4 < 0) return true;
  return (
    (d1 === 0 && within(a, b.x1, b.y1)) ||
    (d2 === 0 && within(a, b.x2, b.y2)) ||
    (d3 === 0 && within(b, a.x1, a.y1)) ||
    (d4 === 0 && within(b, a.x2, a.y2))
  );
}
