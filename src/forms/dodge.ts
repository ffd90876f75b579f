/** Points spread sideways where they would overlap (reports over time). */
import { ascending } from "d3-array";

/** A point at its place in px, with what orders it among points at one place. */
export interface DodgedPoint {
  px: number;
  py: number;
  value: number;
  series: string;
}

/**
 * Points whose circles would overlap (closer than `step`) are spread sideways, symmetrically
 * around where they fall, left to right (oldest first; at one place, the larger value first),
 * so each stays visible and none moves further than its neighbours need.
 */
export function dodge<P extends DodgedPoint>(points: readonly P[], step: number): P[] {
  const sorted = [...points].sort(
    (a, b) => ascending(a.px, b.px) || ascending(b.value, a.value) || ascending(a.series, b.series),
  );
  const clusters: P[][] = [];
  for (const p of sorted) {
    const near = clusters.find((c) =>
      c.some((q) => Math.abs(q.py - p.py) < step && Math.abs(q.px - p.px) < step * c.length),
    );
    if (near) near.push(p);
    else clusters.push([p]);
  }
  return clusters.flatMap((c) => {
    if (c.length === 1) return c;
    const mid = c.reduce((s, p) => s + p.px, 0) / c.length;
    return c.map((p, i) => ({ ...p, px: mid + (i - (c.length - 1) / 2) * step }));
  });
}
