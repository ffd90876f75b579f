import * as Plot from "@observablehq/plot";
import type { PlotOptions } from "@observablehq/plot";
import type { PlotContext } from "../chart.ts";
import { formatDayMonth, formatMonthYear } from "../format/date.ts";
import { textWidth, wrap } from "../text/wrap.ts";
import { COLORS, plotType } from "./palette.ts";

export interface Lane {
  /** Written above the lane's bar: what the bar shows and who reports it. */
  title: string;
  intervals: {
    from: Date;
    to: Date;
    /** The first part of the bar is uncertain (a month-precision start). */ fuzzyUntil?: Date;
    color?: string;
  }[];
}

export interface TimelineEvent {
  date: Date;
  /** Written beside the marker. */
  label: string;
}

export interface Timeline {
  domain: [Date, Date];
  lanes: Lane[];
  events: TimelineEvent[];
  /** Dated lines across the whole chart, e.g. the ceasefire. */
  rules?: { date: Date; label: string }[];
  /** Periods known only roughly, drawn as light bands behind the lanes. */
  bands?: { from: Date; to: Date; label: string }[];
  /** Tick interval: "month" or "day". */
  ticks: "month" | "day";
}

const DAY = 86_400_000;

/**
 * A timeline for closures and events: one lane per crossing (or per report),
 * its closed intervals as bars, and dated events as markers, each with its
 * label written beside it (right of the marker in the left half, left of it
 * in the right half), one event per line so labels never collide. No leader
 * lines: they would cross the labels of other events.
 */
export function timeline(t: Timeline, ctx: PlotContext): PlotOptions {
  const type = plotType(ctx.mobile);
  const lh = Math.round(type.label * 1.3);
  const [start, end] = t.domain;
  // Side margins leave room for the first and last tick labels.
  const side = 16;
  const xOf = (d: Date) => side + ((+d - +start) / (+end - +start)) * (ctx.width - 2 * side);
  let y = 0;

  const bandLabels: { x: Date; y: number; text: string }[] = [];
  for (const band of t.bands ?? []) {
    const lines = wrap(band.label, Math.max(120, xOf(band.to) - xOf(band.from)), type.value - 1);
    bandLabels.push({ x: band.from, y, text: lines.join("\n") });
    y += lines.length * (lh - 1);
  }
  const ruleLabels: { x: Date; y: number; text: string; anchor: "start" | "end" }[] = [];
  for (const rule of t.rules ?? []) {
    const right = xOf(rule.date) < ctx.width / 2;
    const room = right ? ctx.width - xOf(rule.date) - 6 : xOf(rule.date) - 6;
    const lines = wrap(rule.label, Math.max(100, room), type.value);
    ruleLabels.push({ x: rule.date, y, text: lines.join("\n"), anchor: right ? "start" : "end" });
    y += lines.length * lh;
  }
  const top = y;
  y += 6;

  const laneTitles: { y: number; text: string }[] = [];
  const bars: { x1: Date; x2: Date; y: number; fill: string; opacity: number }[] = [];
  const barH = 12;
  for (const lane of t.lanes) {
    const lines = wrap(lane.title, ctx.width + side, type.label, "semibold");
    laneTitles.push({ y, text: lines.join("\n") });
    y += lines.length * lh + 2;
    for (const iv of lane.intervals) {
      const color = iv.color ?? COLORS.primary;
      // A closed interval of days: the bar covers the whole of its last day.
      const from = iv.from < start ? start : iv.from;
      const to = new Date(Math.min(+end, +iv.to + DAY));
      if (iv.fuzzyUntil && iv.fuzzyUntil > from) {
        bars.push({ x1: from, x2: iv.fuzzyUntil, y, fill: color, opacity: 0.35 });
        bars.push({ x1: iv.fuzzyUntil, x2: to, y, fill: color, opacity: 1 });
      } else bars.push({ x1: from, x2: to, y, fill: color, opacity: 1 });
    }
    y += barH + 10;
  }

  const eventRows: { date: Date; y: number; text: string; anchor: "start" | "end" }[] = [];
  if (t.events.length) y += 4;
  for (const ev of [...t.events].sort((a, b) => +a.date - +b.date)) {
    const x = xOf(ev.date);
    const right = x < ctx.width / 2;
    const room = right ? ctx.width - x - 12 : x - 12;
    const text = `${t.ticks === "day" || ev.date.getUTCDate() !== 1 ? formatDayMonth(ev.date) : formatMonthYear(ev.date)}: ${ev.label}`;
    const lines = wrap(text, Math.max(room, 90), type.value);
    // Markers sit in the middle of their day, as the day ticks do.
    eventRows.push({
      date: new Date(+ev.date + DAY / 2),
      y,
      text: lines.join("\n"),
      anchor: right ? "start" : "end",
    });
    y += lines.length * lh + 6;
  }
  const bottom = 26;
  const height = Math.ceil(y + bottom);
  const ticks = tickDates(start, end, t.ticks, ctx.mobile);
  const tickFormat = (d: Date) => (t.ticks === "day" ? formatDayMonth(d) : formatMonthYear(d));
  // Long tick labels on phones: keep every other one when they would touch.
  const spacing = ctx.width / Math.max(1, ticks.length - 1);
  const shown =
    textWidth(tickFormat(ticks[0]!), type.tick) * 1.3 > spacing ? ticks.filter((_, i) => i % 2 === 0) : ticks;

  return {
    height,
    marginTop: 0,
    marginLeft: side,
    marginRight: side,
    marginBottom: bottom,
    x: { type: "utc", domain: t.domain, label: null },
    y: { type: "identity", axis: null },
    marks: [
      Plot.gridX(shown, { stroke: COLORS.grid }),
      Plot.rectX(t.bands ?? [], {
        x1: "from",
        x2: "to",
        y1: 0,
        y2: height - bottom,
        fill: COLORS.faint,
        fillOpacity: 0.6,
      }),
      Plot.text(bandLabels, {
        x: "x",
        y: "y",
        text: "text",
        textAnchor: "start",
        lineAnchor: "top",
        dx: 3,
        fontSize: type.value - 1,
        fill: COLORS.label,
        lineHeight: (lh - 1) / (type.value - 1),
      }),
      Plot.ruleX(t.rules ?? [], {
        x: "date",
        y1: top,
        y2: height - bottom,
        stroke: COLORS.ink,
        strokeDasharray: "4,3",
      }),
      Plot.text(
        ruleLabels.filter((r) => r.anchor === "start"),
        {
          x: "x",
          y: "y",
          text: "text",
          textAnchor: "start",
          lineAnchor: "top",
          dx: 4,
          fontSize: type.value,
          fontWeight: 600,
          fill: COLORS.ink,
          lineHeight: lh / type.value,
        },
      ),
      Plot.text(
        ruleLabels.filter((r) => r.anchor === "end"),
        {
          x: "x",
          y: "y",
          text: "text",
          textAnchor: "end",
          lineAnchor: "top",
          dx: -4,
          fontSize: type.value,
          fontWeight: 600,
          fill: COLORS.ink,
          lineHeight: lh / type.value,
        },
      ),
      Plot.text(laneTitles, {
        x: start,
        y: "y",
        text: "text",
        textAnchor: "start",
        lineAnchor: "top",
        dx: -side,
        fontSize: type.label,
        fontWeight: 600,
        fill: COLORS.ink,
        lineHeight: lh / type.label,
      }),
      Plot.rectX(bars, {
        x1: "x1",
        x2: "x2",
        y1: "y",
        y2: (d: { y: number }) => d.y + barH,
        fill: "fill",
        fillOpacity: "opacity",
      }),
      Plot.dot(eventRows, {
        x: "date",
        y: (d: { y: number }) => d.y + lh / 2,
        r: 4.5,
        fill: COLORS.secondary,
        stroke: "#ffffff",
        strokeWidth: 1.5,
      }),
      Plot.text(
        eventRows.filter((e) => e.anchor === "start"),
        {
          x: "date",
          y: "y",
          text: "text",
          textAnchor: "start",
          lineAnchor: "top",
          dx: 9,
          fontSize: type.value,
          fill: COLORS.label,
          lineHeight: lh / type.value,
        },
      ),
      Plot.text(
        eventRows.filter((e) => e.anchor === "end"),
        {
          x: "date",
          y: "y",
          text: "text",
          textAnchor: "end",
          lineAnchor: "top",
          dx: -9,
          fontSize: type.value,
          fill: COLORS.label,
          lineHeight: lh / type.value,
        },
      ),
      Plot.axisX({ ticks: shown, tickFormat, fontSize: type.tick, tickSize: 0, tickPadding: 8 }),
    ],
  };
}

/** First of each month (or each day) in the domain, thinned to fit. */
function tickDates(start: Date, end: Date, unit: "month" | "day", mobile: boolean): Date[] {
  const out: Date[] = [];
  if (unit === "day") {
    // Day ticks at noon, centred on the day they name.
    for (
      let t = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()) + DAY / 2;
      t <= +end;
      t += DAY
    )
      if (t >= +start) out.push(new Date(t));
  } else {
    // Date.UTC rolls month 12 over into January of the next year.
    for (let m = start.getUTCMonth() + (start.getUTCDate() > 1 ? 1 : 0); ; m++) {
      const d = new Date(Date.UTC(start.getUTCFullYear(), m, 1));
      if (d > end) break;
      out.push(d);
    }
  }
  const max = mobile ? 4 : 7;
  const step = Math.ceil(out.length / max);
  if (unit === "month" && step > 1) {
    // Prefer quarter starts so ticks fall on familiar months.
    const quarterly = out.filter((d) => d.getUTCMonth() % Math.max(3, Math.ceil(step / 3) * 3) === 0);
    return quarterly.length >= 2 ? quarterly : out.filter((_, i) => i % step === 0);
  }
  return out.filter((_, i) => i % step === 0);
}
