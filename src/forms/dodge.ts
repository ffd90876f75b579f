/** Points stacked up and down where they would overlap (reports over time), never moved along the time axis. */
import { ascending } from "d3-array";

/** A point at its place in px, with what orders it among points at one place. */
export interface DodgedPoint {
  px: number;
  py: number;
  value: number;
  series: string;
}

/**
 * Points whose circles would overlap (closer than `step` across and up) keep their x, which is
 * their day, and are stacked a step apart up and down around their mean height, the larger value
 * on top; so same-day reports share the x and each stays visible. Returns the points in the order
 * given.
 */
export function dodge<P extends DodgedPoint>(points: readonly P[], step: number): P[] {
  const clusters: P[][] = [];
  const near = (p: P, q: P) => Math.abs(q.px - p.px) < step && Math.abs(q.py - p.py) < step;
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
