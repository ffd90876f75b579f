/**
 * Points that would hide each other (reports over time) stacked up and down, never moved along the
 * time axis, and never moved off a value they do not share: a reader reads a point's height as its
 * figure, so "more than 400" must never be drawn below the 400 gridline.
 */
import { ascending } from "d3-array";

/** A point at its place in px, with what orders it among points at one place. */
export interface DodgedPoint {
  px: number;
  py: number;
  value: number;
  series: string;
}

/**
 * Points that would cover each other (closer than `step` across, with the same figure) keep their x, which is their day, and are
 * stacked a step apart up and down around that height; so reports of one figure on one day each
 * stay visible. Points at different heights stay at their values, even where their circles
 * overlap: each is labelled by the placer, and a stack would misstate their figures. Returns the
 * points in the order given.
 */
export function dodge<P extends DodgedPoint>(points: readonly P[], step: number): P[] {
  const clusters: P[][] = [];
  // The same figure, not the same height: 71,400 and 71,700 are a pixel apart on a phone's axis,
  // and stacking them would draw them thousands apart.
  const near = (p: P, q: P) => Math.abs(q.px - p.px) < step && q.value === p.value;
  for (const p of points) {
    const touching = clusters.filter((c) => c.some((q) => near(p, q)));
    const merged = [...touching.flat(), p];
    for (const c of touching) clusters.splice(clusters.indexOf(c), 1);
    clusters.push(merged);
  }
  const moved = new Map<P, P>();
  for (const c of clusters) {
    const stack = [...c].sort((a, b) => ascending(b.value, a.value) || ascending(a.series, b.series));
    const mid = stack.reduce((s, p) => s + p.py, 0) / stack.length;
    stack.forEach((p, i) => moved.set(p, { ...p, py: mid + (i - (stack.length - 1) / 2) * step }));
  }
  return points.map((p) => moved.get(p) ?? p);
}
