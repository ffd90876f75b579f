/**
 * Reported figures over time: one point per report on a time axis, so distance means time,
 * never joined by a line (reports from different sources are not a series). Each point is
 * labelled with its figure and who gave it where space allows; the latest and first of each
 * series get their labels first. The height is fixed, so 1 or 30 reports fit the same frame.
 */
import { ascending, extent, groups, max } from "d3-array";
import { type LegendItem, type PlotContext, type PlotLayout, pixelPlot } from "../chart.ts";
import { DAY } from "../format/date.ts";
import { COLORS, formatIn, numberStyle, plotType, WEIGHT } from "../style/index.ts";
import { capitalise, countWords, noun } from "../text/words.ts";
import { fitWidth } from "../text/wrap.ts";
import { knockout, leaderOf, placeLabels, textBox, type Box, type LabelRequest } from "./place.ts";
import { axisLabels, valueTicks } from "./ticks.ts";
import { timeTicks } from "./timeTicks.ts";

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
    const { Plot } = ctx;
    const type = plotType(ctx.mobile);
    const height = ctx.height ?? (ctx.mobile ? 300 : 320);
    const top = 8;
    const bottom = 26;
    const [lo, hi] = extent(points, (p) => +p.date);
    if (lo === undefined || hi === undefined) throw new Error("reportsOverTime: no points");
    // Pad the time domain so the first and last points are not on the frame's edge.
    const span = Math.max(hi - lo, 60 * DAY);
    const from = new Date(lo - span * 0.08);
    const to = new Date(hi + span * 0.08);
    const style = numberStyle(points.map((p) => p.value));
    const tickFormat = (v: number) => formatIn(style, v);
    // Fewer value ticks on phones and on the short plot of the social card.
    const ticksY = valueTicks((max(points, (p) => p.value) ?? 0) * 1.05 || 1, ctx.mobile || height < 240);
    const yEnd = ticksY[ticksY.length - 1] ?? 1;
    const left = Math.ceil(Math.max(...ticksY.map((t) => fitWidth(tickFormat(t), type.tick)))) + 8;
    const x = (d: Date) => left + R + 2 + ((+d - +from) / (+to - +from)) * (ctx.width - left - 2 * R - 6);
    const y = (v: number) => height - bottom - (v / yEnd) * (height - bottom - top);

    const laid = dodge(points.map((p) => ({ ...p, px: x(p.date), py: y(p.value) })));

    // Labels: latest and first of each series first, then the rest from the latest back.
    const order = prioritise(laid);
    const figureSize = type.value;
    const whoSize = type.tick;
    const gapY = 3;
    const labelBox = (p: Laid, tx = 0, ty = 0, anchor: "start" | "middle" | "end" = "start") => {
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
        y: ty + figureSize + gapY,
        lines: [p.who],
        size: whoSize,
        anchor,
        lineAnchor: "top",
      });
      const x0 = Math.min(a.x, b.x);
      return { x: x0, y: a.y, w: Math.max(a.x + a.w, b.x + b.w) - x0, h: b.y + b.h - a.y, dy: a.y - ty };
    };
    const requests: LabelRequest[] = order.map((p) => {
      const b = labelBox(p);
      return { x: p.px, y: p.py, w: b.w, h: b.h, gap: R + 4 };
    });
    const tickBoxes: Box[] = ticksY.map((t) =>
      textBox({ x: left - 8, y: y(t), lines: [tickFormat(t)], size: type.tick, anchor: "end" }),
    );
    const markBoxes: Box[] = laid.map((p) => ({
      x: p.px - R - 1,
      y: p.py - R - 1,
      w: 2 * R + 2,
      h: 2 * R + 2,
    }));
    const placed = placeLabels(requests, [...markBoxes, ...tickBoxes], {
      x: 0,
      y: 0,
      w: ctx.width,
      h: y(0) - 2,
    });
    const labels = order.flatMap((p, i) => {
      const at = placed[i];
      if (!at) return [];
      const tx =
        at.anchor === "start"
          ? at.box.x
          : at.anchor === "end"
            ? at.box.x + at.box.w
            : at.box.x + at.box.w / 2;
      // The box is the ink; the text's own top sits that far above it.
      const ty = at.box.y - labelBox(p, tx, 0, at.anchor).dy;
      return [{ ...p, tx, ty, anchor: at.anchor, box: at.box, leader: at.leader }];
    });
    // A label placed away from its point is tied to it by a thin line to the label's nearest edge.
    const leaders = labels
      .filter((l) => l.leader)
      .map((l) => {
        const s = leaderOf({ x: l.px, y: l.py }, l.box);
        const len = Math.hypot(s.x2 - s.x1, s.y2 - s.y1) || 1;
        return {
          ...s,
          x1: s.x1 + ((s.x2 - s.x1) / len) * (R + 1),
          y1: s.y1 + ((s.y2 - s.y1) / len) * (R + 1),
        };
      });
    const unlabelled = laid.length - labels.length;
    // Gridlines stop short of every label, so no text sits on a line.
    const texts = labels.map((l) => l.box);
    const grid = ticksY
      .filter((t) => t !== 0)
      .flatMap((t) => knockout({ x1: left, x2: ctx.width, y1: y(t), y2: y(t) }, texts));
    const baseline = knockout({ x1: left, x2: ctx.width, y1: y(0), y2: y(0) }, texts);

    const time = timeTicks(from, to, ctx.width - left, type.tick);
    const swatch = (p: TimePoint) => series[p.series];
    const text = { fontSize: type.value, fill: COLORS.ink, lineAnchor: "top" as const };
    return {
      options: pixelPlot(ctx.width, height, [
        Plot.link(grid, { x1: "x1", x2: "x2", y1: "y1", y2: "y2", stroke: COLORS.grid }),
        Plot.link(baseline, { x1: "x1", x2: "x2", y1: "y1", y2: "y2", stroke: COLORS.axis }),
        Plot.text(ticksY, {
          x: left - 8,
          y: y,
          text: tickFormat,
          textAnchor: "end",
          fontSize: type.tick,
          fill: COLORS.text,
          className: "tick",
        }),
        ...axisLabels(Plot, {
          ticks: time.ticks,
          x,
          y: height - bottom + 8,
          format: time.format,
          size: type.tick,
          width: ctx.width,
        }),
        Plot.link(leaders, { x1: "x1", y1: "y1", x2: "x2", y2: "y2", stroke: COLORS.axis, strokeWidth: 1 }),
        Plot.dot(laid, {
          x: "px",
          y: "py",
          r: R,
          fill: (p: Laid) =>
            swatch(p)?.shape === "ring" ? COLORS.background : (swatch(p)?.color ?? COLORS.report),
          stroke: (p: Laid) => swatch(p)?.color ?? COLORS.report,
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
              fontWeight: WEIGHT.semibold,
            }),
            Plot.text(group, {
              ...text,
              x: "tx",
              y: (l: { ty: number }) => l.ty + figureSize + gapY,
              text: "who",
              textAnchor: anchor,
              fontSize: whoSize,
              fill: COLORS.text,
            }),
          ];
        }),
      ]),
      notes: unlabelled
        ? [
            `${capitalise(countWords(unlabelled, "exact", noun("point")))} ${unlabelled === 1 ? "is" : "are"} unlabelled for lack of space; every figure is in the chart's description.`,
          ]
        : [],
    };
  };
}

/**
 * Points whose circles would overlap are spread sideways, symmetrically around where they fall,
 * oldest first, so each stays visible and none moves further than its neighbours need.
 */
function dodge(points: Laid[]): Laid[] {
  const sorted = [...points].sort(
    (a, b) => ascending(a.px, b.px) || ascending(b.value, a.value) || ascending(a.series, b.series),
  );
  const step = 2 * R + 2;
  const clusters: Laid[][] = [];
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
