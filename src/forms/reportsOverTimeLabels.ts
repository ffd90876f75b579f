/**
 * The labels of reported figures over time, pure: each point's label box (the figure and who gave
 * it), placed in priority order clear of points and tick labels (./place.ts), leader lines to
 * labels placed away from their points, and the keys and notes for points left unlabelled.
 */
import { capitalise, countWords, noun } from "../text/words.ts";
import { leaderOf, placeLabels, textBox, type Box, type LabelRequest, type Segment } from "./place.ts";
import { prioritise } from "./prioritise.ts";
import type { LaidPoint, PointLabel, TimePoint, ValueAxis } from "./reportsOverTimePoints.ts";
import type { PlotType, ReportsOverTimeStyle } from "../style/index.ts";

/** A labelled point's key, the same at every size: its series, day and figure. */
export function labelKey(p: TimePoint): string {
  return `${p.series}|${p.date.toISOString().slice(0, 10)}|${p.label}|${p.who}`;
}

/** The points left without a label, as their figure and who gave it, for the social card's error. */
export function unplaced(laid: readonly LaidPoint[], labels: readonly PointLabel[]): string {
  return laid
    .filter((p) => !labels.some((l) => l.date === p.date && l.value === p.value && l.series === p.series))
    .map((p) => `${p.label} (${p.who})`)
    .join("; ");
}

export interface LabelContext {
  /** Keys (labelKey) of points to label before the rest. */
  first?: ReadonlySet<string>;
  width: number;
  y: (v: number) => number;
  values: ValueAxis;
  style: ReportsOverTimeStyle;
  type: PlotType;
}

/**
 * The box of a label's two lines (the figure in semibold, who gave it under it) with its text
 * anchored at (tx, ty), and `dy`, where the ink's top is from ty (a little above it: accents).
 */
export function labelBox(
  p: TimePoint,
  c: Pick<LabelContext, "style" | "type">,
  tx = 0,
  ty = 0,
  anchor: "start" | "middle" | "end" = "start",
): Box & { dy: number } {
  const figureSize = c.type.value;
  const a = textBox({
    x: tx,
    y: ty,
    lines: [p.label],
    size: figureSize,
    weight: "semibold",
    anchor,
    lineAnchor: "top",
  });
  const b = textBox({
    x: tx,
    y: ty + figureSize + c.style.label.lineGap,
    lines: [p.who],
    size: c.type.tick,
    anchor,
    lineAnchor: "top",
  });
  const x0 = Math.min(a.x, b.x);
  return { x: x0, y: a.y, w: Math.max(a.x + a.w, b.x + b.w) - x0, h: b.y + b.h - a.y, dy: a.y - ty };
}

/**
 * Labels in priority order (prioritise), each at the first free place around its point (place.ts),
 * clear of every point and value tick label and above the baseline; a point with no free place
 * is left unlabelled.
 */
export function pointLabels(laid: readonly LaidPoint[], c: LabelContext): PointLabel[] {
  const { r } = c.style.point;
  const ranked = prioritise(laid);
  // Labels another size placed (the web chart's, on the social card) go first, in their order.
  const order = c.first
    ? [
        ...ranked.filter((p) => c.first?.has(labelKey(p))),
        ...ranked.filter((p) => !c.first?.has(labelKey(p))),
      ]
    : ranked;
  const requests: LabelRequest[] = order.map((p) => {
    const b = labelBox(p, c);
    return { x: p.px, y: p.py, w: b.w, h: b.h, gap: r + c.style.label.gap };
  });
  const tickBoxes: Box[] = c.values.ticks.map((t) =>
    textBox({
      x: c.values.left - c.style.tickGap,
      y: c.y(t),
      lines: [c.values.format(t)],
      size: c.type.tick,
      anchor: "end",
    }),
  );
  const clear = c.style.pointClearance;
  const markBoxes: Box[] = laid.map((p) => ({
    x: p.px - r - clear,
    y: p.py - r - clear,
    w: 2 * r + 2 * clear,
    h: 2 * r + 2 * clear,
  }));
  const bounds = { x: 0, y: 0, w: c.width, h: c.y(0) - c.style.baselineClearance };
  const placed = placeLabels(requests, [...markBoxes, ...tickBoxes], bounds);
  return order.flatMap((p, i) => {
    const at = placed[i];
    if (!at) return [];
    const { box, anchor } = at;
    const tx = anchor === "start" ? box.x : anchor === "end" ? box.x + box.w : box.x + box.w / 2;
    // The box is the ink; the text's own top sits that far above it.
    const ty = box.y - labelBox(p, c, tx, 0, anchor).dy;
    return [{ ...p, tx, ty, anchor, box, leader: at.leader }];
  });
}

/**
 * A label placed away from its point is tied to it by a thin line to the label's nearest edge, from `start`
 * px off the point's centre.
 */
export function leaderLines(labels: readonly PointLabel[], start: number): Segment[] {
  return labels
    .filter((l) => l.leader)
    .map((l) => {
      const s = leaderOf({ x: l.px, y: l.py }, l.box);
      const len = Math.hypot(s.x2 - s.x1, s.y2 - s.y1) || 1;
      return {
        ...s,
        x1: s.x1 + ((s.x2 - s.x1) / len) * start,
        y1: s.y1 + ((s.y2 - s.y1) / len) * start,
      };
    });
}

/** "Three points are unlabelled for lack of space; …". */
export function unlabelledNote(n: number): string {
  return `${capitalise(countWords(n, "exact", noun("point")))} ${n === 1 ? "is" : "are"} unlabelled for lack of space; every figure is in the chart's description.`;
}
