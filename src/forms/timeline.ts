/**
 * A timeline for closures and events (FT Visual Vocabulary: change over time). One lane per
 * crossing (or per report) with its closed intervals as bars; events as numbered markers under
 * their lane, listed by number below the lanes so labels never collide with marks; dated rules
 * (the ceasefire) with their labels in a header above the lanes; and periods known only to the
 * year or month as brackets marked "dates not reported", never as a band over the record.
 */
import * as Plot from "@observablehq/plot";
import { ascending, groups } from "d3-array";
import type { PlotContext, PlotLayout } from "../chart.ts";
import { formatDayMonth, formatShortDate } from "../format/date.ts";
import { capitalise } from "../story/attribution.ts";
import { countWords, noun } from "../story/count.ts";
import { clampLines } from "../text/clamp.ts";
import { textWidth, wrap } from "../text/wrap.ts";
import { COLORS, crossingColor, plotType } from "./palette.ts";
import { overlaps, type Box } from "./place.ts";
import { timeTicks } from "./timeTicks.ts";

const DAY = 86_400_000;

export interface TimelineInterval {
  from: Date;
  /** The last day the bar covers (the end, or the latest report while still closed). */
  to: Date;
  /** The start is known only to the month: the whole bar... */
  fuzzy?: boolean;
  /** ...or the part before the first day-precise start is drawn lighter. */
  fuzzyUntil?: Date | undefined;
  /** Still closed at the latest report. */
  open?: boolean;
}

export interface TimelineLane {
  title: string;
  /** Key for the lane's colour and its events. */
  crossing: string;
  intervals: TimelineInterval[];
}

export interface TimelineEvent {
  date: Date;
  crossing: string;
  /** The event in words, with who reported it. */
  label: string;
  /** Lower is more important, for which events are listed when space is short. */
  rank: number;
  /** How many reports tell it: of two events of one rank, the one told more often leads. */
  weight?: number;
}

export interface TimelineSpec {
  /** The days the rows cover; the axis adds a margin either side. */
  domain: { from: Date; to: Date };
  ticks: "day" | "month";
  lanes: TimelineLane[];
  events: TimelineEvent[];
  rules?: { date: Date; label: string }[];
  brackets?: { date: Date; precision: "year" | "month"; label: string }[];
  /** Group events by day and crossing and list only the weightiest, for a long view. */
  summarise?: boolean;
}

interface Marker {
  n: number;
  date: Date;
  x: number;
  y: number;
  crossing: string;
  label: string;
}

export function timeline(t: TimelineSpec) {
  return (ctx: PlotContext): PlotLayout => {
    const type = plotType(ctx.mobile);
    const lh = Math.round(type.label * 1.3);
    const maxListed = t.summarise ? (ctx.mobile ? 6 : 8) : ctx.mobile ? 10 : 14;
    // Domain: the rows' days, widened so first and last marks sit inside, whole days included.
    const rawFrom = +t.domain.from;
    const rawTo = +t.domain.to + DAY;
    const pad = Math.max((rawTo - rawFrom) * 0.04, t.ticks === "day" ? DAY / 2 : 10 * DAY);
    const from = new Date(rawFrom - pad);
    const to = new Date(rawTo + pad);
    const x = (d: Date | number) => ((+d - +from) / (+to - +from)) * ctx.width;

    let y = 0;
    // Header: rule labels and bracket labels, each beside its date, stacked so none overlap.
    const header: { x: number; y: number; text: string; anchor: "start" | "end"; bold: boolean }[] = [];
    const taken: Box[] = [];
    const brackets: { x1: number; x2: number; y: number }[] = [];
    for (const b of t.brackets ?? []) {
      const start = +b.date;
      const end =
        b.precision === "year"
          ? Date.UTC(b.date.getUTCFullYear() + 1, 0, 1)
          : Date.UTC(b.date.getUTCFullYear(), b.date.getUTCMonth() + 1, 1);
      const x1 = Math.max(0, x(start));
      const x2 = Math.min(ctx.width, x(end));
      const lines = wrap(b.label, ctx.width - Math.min(x1, ctx.width / 2), type.tick);
      const anchor = x1 > ctx.width / 2 ? "end" : "start";
      const h = lines.length * (lh - 2);
      header.push({ x: anchor === "start" ? x1 : x2, y, text: lines.join("\n"), anchor, bold: false });
      y += h + 3;
      brackets.push({ x1, x2, y });
      taken.push({ x: 0, y: 0, w: ctx.width, h: y });
      y += 8;
    }
    const ruleTop = y;
    for (const r of t.rules ?? []) {
      const rx = x(r.date);
      const right = rx < ctx.width * 0.6;
      const room = right ? ctx.width - rx - 6 : rx - 6;
      const lines = wrap(r.label, Math.max(room, 90), type.value, "semibold");
      const w = Math.max(...lines.map((l) => textWidth(l, type.value, "semibold"))) * 1.12;
      const h = lines.length * lh;
      let top = ruleTop;
      const box = (yy: number): Box => ({ x: right ? rx + 4 : rx - 4 - w, y: yy, w, h });
      while (taken.some((b) => overlaps(box(top), b, 2))) top += lh;
      taken.push(box(top));
      header.push({
        x: right ? rx + 5 : rx - 5,
        y: top,
        text: lines.join("\n"),
        anchor: right ? "start" : "end",
        bold: true,
      });
      y = Math.max(y, top + h);
    }
    y += 6;
    const lanesTop = y;

    // Lanes: title, bar, and a strip of numbered event markers under the bar.
    const barH = 12;
    const R = ctx.mobile ? 7 : 7.5;
    const titles: { y: number; text: string; w: number; h: number }[] = [];
    const bars: { x1: number; x2: number; y: number; fill: string; opacity: number }[] = [];
    const ends: { x: number; y: number; fill: string }[] = [];
    const markers: Marker[] = [];
    const listed = listEvents(t, maxListed);
    for (const lane of t.lanes) {
      const lines = clampLines(
        wrap(lane.title, ctx.width, type.label, "semibold"),
        3,
        ctx.width,
        type.label,
        "semibold",
      );
      const w = Math.max(...lines.map((l) => textWidth(l, type.label, "semibold"))) * 1.12;
      titles.push({ y, text: lines.join("\n"), w, h: lines.length * lh });
      y += lines.length * lh + 3;
      const color = crossingColor(lane.crossing);
      for (const iv of lane.intervals) {
        const x1 = Math.max(0, x(iv.from));
        const x2 = Math.min(ctx.width, x(+iv.to + DAY));
        const solidFrom =
          iv.fuzzyUntil && +iv.fuzzyUntil > +iv.from ? Math.min(x2, x(iv.fuzzyUntil)) : iv.fuzzy ? x2 : x1;
        if (solidFrom > x1) bars.push({ x1, x2: solidFrom, y, fill: color, opacity: 0.35 });
        if (x2 > solidFrom) bars.push({ x1: solidFrom, x2, y, fill: color, opacity: 1 });
        if (iv.open) ends.push({ x: x2, y: y + barH / 2, fill: color });
      }
      y += barH + 4;
      const mine = listed.markers.filter(
        (m) => m.crossing === lane.crossing && !markers.some((k) => k.n === m.n),
      );
      if (mine.length) {
        // Markers closer than their size are stacked in rows, so every number stays legible.
        const rows: number[][] = [];
        for (const m of mine) {
          const mx = x(+m.date + DAY / 2);
          let row = rows.findIndex((xs) => xs.every((other) => Math.abs(other - mx) >= 2 * R + 2));
          if (row < 0) row = rows.push([]) - 1;
          rows[row]?.push(mx);
          markers.push({ ...m, x: mx, y: y + R + row * (2 * R + 2) });
        }
        y += rows.length * (2 * R + 2) + 2;
      }
      y += 10;
    }
    const lanesBottom = y;
    // Rules run through the lanes but break around lane titles, so no text is crossed.
    const ruleSegments = (t.rules ?? []).flatMap((r) => {
      const rx = x(r.date);
      const gaps = titles
        .filter((tt) => rx >= -2 && rx <= tt.w + 4)
        .map((tt) => [tt.y - 2, tt.y + tt.h + 2] as const);
      const out: { x: number; y1: number; y2: number }[] = [];
      let top = lanesTop - 4;
      for (const [g1, g2] of gaps) {
        if (g1 > top) out.push({ x: rx, y1: top, y2: g1 });
        top = Math.max(top, g2);
      }
      if (lanesBottom > top) out.push({ x: rx, y1: top, y2: lanesBottom });
      return out;
    });

    // The list of events, by number.
    const list: { y: number; n: string; text: string }[] = [];
    if (listed.entries.length) y += 4;
    for (const e of listed.entries) {
      const lines = wrap(e.text, ctx.width - 26, type.value);
      list.push({ y, n: String(e.n), text: lines.join("\n") });
      y += lines.length * lh + 4;
    }
    y += 6;
    const axisY = y;
    const bottom = 22;
    const height = Math.ceil(axisY + bottom);
    const time = timeTicks(from, to, ctx.width, type.tick);
    const text = { textAnchor: "start" as const, lineAnchor: "top" as const, fill: COLORS.ink };
    return {
      options: {
        width: ctx.width,
        height,
        margin: 0,
        x: { type: "identity", axis: null },
        y: { type: "identity", axis: null },
        marks: [
          Plot.ruleX(time.ticks, {
            x: (d: Date) => x(d),
            y1: lanesTop,
            y2: lanesBottom,
            stroke: COLORS.grid,
          }),
          Plot.ruleY([axisY], { x1: 0, x2: ctx.width, stroke: COLORS.axis }),
          Plot.text(time.ticks, {
            x: (d: Date) => x(d),
            y: axisY + 6,
            text: time.format,
            lineAnchor: "top",
            fontSize: type.tick,
            fill: COLORS.label,
          }),
          Plot.ruleX(ruleSegments, {
            x: "x",
            y1: "y1",
            y2: "y2",
            stroke: COLORS.ink,
            strokeDasharray: "4,3",
          }),
          Plot.link(brackets, { x1: "x1", x2: "x2", y1: "y", y2: "y", stroke: COLORS.label }),
          Plot.ruleX(
            brackets.flatMap((b) => [
              { x: b.x1, y: b.y },
              { x: b.x2, y: b.y },
            ]),
            { x: "x", y1: "y", y2: (d: { y: number }) => d.y + 6, stroke: COLORS.label },
          ),
          ...(["start", "end"] as const).flatMap((anchor) => [
            Plot.text(
              header.filter((h) => h.anchor === anchor && h.bold),
              {
                ...text,
                x: "x",
                y: "y",
                text: "text",
                textAnchor: anchor,
                fontSize: type.value,
                fontWeight: 600,
                lineHeight: lh / type.value,
              },
            ),
            Plot.text(
              header.filter((h) => h.anchor === anchor && !h.bold),
              {
                ...text,
                x: "x",
                y: "y",
                text: "text",
                textAnchor: anchor,
                fontSize: type.tick,
                fill: COLORS.label,
                lineHeight: (lh - 2) / type.tick,
              },
            ),
          ]),
          Plot.text(titles, {
            ...text,
            x: 0,
            y: "y",
            text: "text",
            fontSize: type.label,
            fontWeight: 600,
            lineHeight: lh / type.label,
          }),
          Plot.rect(bars, {
            x1: "x1",
            x2: "x2",
            y1: "y",
            y2: (d: { y: number }) => d.y + barH,
            fill: "fill",
            fillOpacity: "opacity",
          }),
          Plot.dot(ends, { x: "x", y: "y", r: 3, fill: COLORS.background, stroke: "fill", strokeWidth: 1.5 }),
          Plot.dot(markers, { x: "x", y: "y", r: R, fill: COLORS.ink }),
          Plot.text(markers, {
            x: "x",
            y: "y",
            text: (m: Marker) => String(m.n),
            fontSize: type.tick - 1,
            fontWeight: 700,
            fill: COLORS.background,
          }),
          Plot.dot(list, { x: 8, y: (d: { y: number }) => d.y + lh / 2 - 1, r: R, fill: COLORS.ink }),
          Plot.text(list, {
            x: 8,
            y: (d: { y: number }) => d.y + lh / 2 - 1,
            text: "n",
            fontSize: type.tick - 1,
            fontWeight: 700,
            fill: COLORS.background,
          }),
          Plot.text(list, {
            ...text,
            x: 24,
            y: "y",
            text: "text",
            fontSize: type.value,
            fill: COLORS.label,
            lineHeight: lh / type.value,
          }),
        ],
      },
      notes: listed.unlisted
        ? [
            `${capitalise(countWords(listed.unlisted, "exact", noun("more event")))} ${listed.unlisted === 1 ? "is" : "are"} not shown at this size; every event is in the chart's description.`,
          ]
        : [],
    };
  };
}

/**
 * The events to mark and list, numbered in date order. A long view groups events of one day
 * and crossing into one marker ("Understanding reached on reopening, and four more reports").
 * When there are more than `max`, the weightiest and then the latest are kept.
 */
function listEvents(t: TimelineSpec, max: number) {
  const grouped = groups(
    [...t.events].sort(
      (a, b) => ascending(+a.date, +b.date) || ascending(a.rank, b.rank) || ascending(a.label, b.label),
    ),
    (e) => (t.summarise ? `${+e.date}|${e.crossing}` : `${+e.date}|${e.crossing}|${e.label}`),
  ).map(([, list]) => {
    const top =
      [...list].sort(
        (a, b) =>
          ascending(a.rank, b.rank) || ascending(b.weight ?? 1, a.weight ?? 1) || ascending(a.label, b.label),
      )[0] ?? list[0];
    const more = list.length - 1;
    return { top, more, list };
  });
  const keep = new Set(
    [...grouped]
      .sort(
        (a, b) =>
          ascending(a.top?.rank ?? 0, b.top?.rank ?? 0) ||
          ascending(+(b.top?.date ?? 0), +(a.top?.date ?? 0)),
      )
      .slice(0, max),
  );
  const shown = grouped.filter((g) => keep.has(g));
  const markers: Omit<Marker, "x" | "y">[] = [];
  const entries: { n: number; text: string }[] = [];
  shown.forEach((g, i) => {
    if (!g.top) return;
    const n = i + 1;
    markers.push({ n, date: g.top.date, crossing: g.top.crossing, label: g.top.label });
    const date = t.ticks === "day" ? formatDayMonth(g.top.date) : formatShortDate(g.top.date);
    entries.push({
      n,
      text: `${date}: ${g.top.label}${g.more ? `, and ${countWords(g.more, "exact", noun("more report"))}` : ""}`,
    });
  });
  return { markers, entries, unlisted: grouped.length - shown.length };
}
