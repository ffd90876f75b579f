/**
 * Reported figures over time: one point per report on a time axis, so distance means time,
 * never joined by a line (reports from different sources are not a series). Each point is
 * labelled with its figure and who gave it where space allows; the latest and first of each
 * series get their labels first. The height is fixed, so 1 or 30 reports fit the same frame.
 */
import * as Plot from "@observablehq/plot";
import { ascending, extent, groups, max } from "d3-array";
import type { LegendItem, PlotContext, PlotLayout } from "../chart.ts";
import { capitalise } from "../story/attribution.ts";
import { countWords, noun } from "../story/count.ts";
import { textWidth } from "../text/wrap.ts";
import { COLORS, plotType } from "./palette.ts";
import { placeLabels, type Box, type LabelRequest } from "./place.ts";
import { tickFormat, valueTicks } from "./ticks.ts";
import { timeTicks } from "./timeTicks.ts";

const DAY = 86_400_000;
const R = 5;

export interface TimePoint {
  date: Date;
  value: number;
  /** Key into the series styles: "killed", "injured". */
  series: string;
  /** The figure as worded, short: "more than 71,700". */
  label: string;
  /** Who gave it: "Gaza health ministry via AFP". */
  who: string;
}

export type SeriesStyle = LegendItem & { shape: "circle" | "ring" };

interface Laid extends TimePoint {
  px: number;
  py: number;
}

export function reportsOverTime(points: readonly TimePoint[], series: Record<string, SeriesStyle>) {
  return (ctx: PlotContext): PlotLayout => {
    const type = plotType(ctx.mobile);
    const height = ctx.mobile ? 300 : 320;
    const top = 8;
    const bottom = 26;
    const [lo, hi] = extent(points, (p) => +p.date);
    if (lo === undefined || hi === undefined) throw new Error("reportsOverTime: no points");
    // Pad the time domain so the first and last points are not on the frame's edge.
    const span = Math.max(hi - lo, 60 * DAY);
    const from = new Date(lo - span * 0.08);
    const to = new Date(hi + span * 0.08);
    const ticksY = valueTicks((max(points, (p) => p.value) ?? 0) * 1.05 || 1, ctx.mobile);
    const yEnd = ticksY[ticksY.length - 1] ?? 1;
    const left = Math.ceil(Math.max(...ticksY.map((t) => textWidth(tickFormat(t), type.tick))) * 1.15) + 8;
    const x = (d: Date) => left + ((+d - +from) / (+to - +from)) * (ctx.width - left - 4);
    const y = (v: number) => height - bottom - (v / yEnd) * (height - bottom - top);

    // Points of one day that would overlap are spread sideways, so each stays visible.
    const laid: Laid[] = groups(points, (p) => +p.date).flatMap(([, list]) => {
      const sorted = [...list].sort((a, b) => ascending(b.value, a.value) || ascending(a.series, b.series));
      return sorted.map((p, i) => {
        const crowded = sorted.some((q, j) => j !== i && Math.abs(y(q.value) - y(p.value)) < 2 * R + 2);
        const dx = crowded ? (i - (sorted.length - 1) / 2) * (2 * R + 2) : 0;
        return { ...p, px: x(p.date) + dx, py: y(p.value) };
      });
    });

    // Labels: latest and first of each series first, then the rest from the latest back.
    const order = prioritise(laid);
    const figureSize = type.value;
    const whoSize = type.tick;
    const requests: LabelRequest[] = order.map((p) => ({
      x: p.px,
      y: p.py,
      w: Math.max(textWidth(p.label, figureSize, "semibold"), textWidth(p.who, whoSize)) * 1.12,
      h: figureSize + whoSize + 4,
      gap: R + 4,
    }));
    const markBoxes: Box[] = laid.map((p) => ({ x: p.px - R, y: p.py - R, w: 2 * R, h: 2 * R }));
    const placed = placeLabels(requests, markBoxes, { x: 0, y: 0, w: ctx.width, h: height - bottom });
    const labels = order.flatMap((p, i) => {
      const at = placed[i];
      if (!at) return [];
      const tx =
        at.anchor === "start"
          ? at.box.x
          : at.anchor === "end"
            ? at.box.x + at.box.w
            : at.box.x + at.box.w / 2;
      return [{ ...p, tx, ty: at.box.y, anchor: at.anchor, box: at.box, leader: at.leader }];
    });
    // A label placed away from its point is tied to it by a thin line to the label's nearest edge.
    const leaders = labels
      .filter((l) => l.leader)
      .map((l) => {
        const ex = Math.min(Math.max(l.px, l.box.x), l.box.x + l.box.w);
        const ey = l.py < l.box.y ? l.box.y : l.box.y + l.box.h;
        const len = Math.hypot(ex - l.px, ey - l.py) || 1;
        return {
          x1: l.px + ((ex - l.px) / len) * (R + 1),
          y1: l.py + ((ey - l.py) / len) * (R + 1),
          x2: ex,
          y2: ey,
        };
      });
    const unlabelled = laid.length - labels.length;

    const time = timeTicks(from, to, ctx.width - left, type.tick);
    const style = (p: TimePoint) => series[p.series];
    const text = { fontSize: type.value, fill: COLORS.ink, lineAnchor: "top" as const };
    return {
      options: {
        width: ctx.width,
        height,
        margin: 0,
        x: { type: "identity", axis: null },
        y: { type: "identity", axis: null },
        marks: [
          Plot.ruleY(ticksY, { y: y, x1: left, x2: ctx.width, stroke: COLORS.grid }),
          Plot.ruleY([0], { y: () => y(0), x1: left, x2: ctx.width, stroke: COLORS.axis }),
          Plot.text(ticksY, {
            x: left - 8,
            y: y,
            text: tickFormat,
            textAnchor: "end",
            fontSize: type.tick,
            fill: COLORS.label,
          }),
          Plot.text(time.ticks, {
            x: (d: Date) => x(d),
            y: height - bottom + 8,
            text: time.format,
            lineAnchor: "top",
            fontSize: type.tick,
            fill: COLORS.label,
          }),
          Plot.link(leaders, { x1: "x1", y1: "y1", x2: "x2", y2: "y2", stroke: COLORS.axis, strokeWidth: 1 }),
          Plot.dot(laid, {
            x: "px",
            y: "py",
            r: R,
            fill: (p: Laid) =>
              style(p)?.shape === "ring" ? COLORS.background : (style(p)?.color ?? COLORS.muted),
            stroke: (p: Laid) => style(p)?.color ?? COLORS.muted,
            strokeWidth: 2,
          }),
          ...(["start", "middle", "end"] as const).flatMap((anchor) => {
            const group = labels.filter((l) => l.anchor === anchor);
            return [
              Plot.text(group, {
                ...text,
                x: "tx",
                y: "ty",
                text: "label",
                textAnchor: anchor,
                fontWeight: 600,
              }),
              Plot.text(group, {
                ...text,
                x: "tx",
                y: (l: { ty: number }) => l.ty + figureSize + 3,
                text: "who",
                textAnchor: anchor,
                fontSize: whoSize,
                fill: COLORS.label,
              }),
            ];
          }),
        ],
      },
      notes: unlabelled
        ? [
            `${capitalise(countWords(unlabelled, "exact", noun("point")))} ${unlabelled === 1 ? "is" : "are"} unlabelled for lack of space; every figure is in the chart's description.`,
          ]
        : [],
    };
  };
}

/**
 * Latest then first point of each series, then points of a day whose reports differ (so both
 * sides of a disagreement are named), then the rest from the latest back.
 */
function prioritise(points: Laid[]): Laid[] {
  const byTime = [...points].sort(
    (a, b) => ascending(+b.date, +a.date) || ascending(a.series, b.series) || ascending(b.value, a.value),
  );
  const first: Laid[] = [];
  for (const [, list] of groups(byTime, (p) => p.series)) {
    const newest = list[0];
    const oldest = list[list.length - 1];
    if (newest) first.push(newest);
    if (oldest && oldest !== newest) first.push(oldest);
  }
  const differing = groups(byTime, (p) => `${+p.date}|${p.series}`)
    .filter(([, list]) => new Set(list.map((p) => p.label)).size > 1)
    .flatMap(([, list]) => list);
  const ordered = [...first, ...differing.filter((p) => !first.includes(p))];
  return [...ordered, ...byTime.filter((p) => !ordered.includes(p))];
}
