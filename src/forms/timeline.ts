/**
 * A timeline for closures and events (FT Visual Vocabulary: change over time). One lane per
 * crossing (or per report) with its closed intervals as bars; events as numbered markers under
 * their lane, listed by number below the axis so labels never collide with marks; dated rules
 * (the ceasefire) with their labels in a header above the lanes; and periods known only to the
 * year or month as brackets marked "dates not reported", never as a band over the record.
 * Every text is placed from its measured box: rules and gridlines stop short of any text they
 * would cross, and header labels stack so none overlap.
 */
import { ascending, groups } from "d3-array";
import { type LegendItem, type PlotContext, type PlotLayout, pixelPlot } from "../chart.ts";
import { DAY, formatDate } from "../format/date.ts";
import { COLORS, crossingColor, dayMonth, plotType, WEIGHT } from "../style/index.ts";
import { clampLines } from "../text/clamp.ts";
import { capitalise, countWords, noun } from "../text/words.ts";
import { wrap } from "../text/wrap.ts";
import { knockout, overlaps, textBox, type Box, type Segment } from "./place.ts";
import { axisLabelBoxes, axisLabels } from "./ticks.ts";
import { timeTicks } from "./timeTicks.ts";

/** Marker radius and the size of its number: two digits fit inside in the widest font. */
const NUMBERED_R = 8;
const NUMBER_SIZE = 10;

export interface TimelineInterval {
  from: Date;
  /** The last day the bar covers (the end, or the latest report while still closed). */
  to: Date;
  /** The start is known only to the month, or not reported: the whole bar is drawn lighter... */
  fuzzy?: "month" | "unknown" | false;
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

interface Label {
  x: number;
  y: number;
  text: string;
  anchor: "start" | "end";
  size: number;
  weight: "regular" | "semibold";
  lh: number;
}

export function timeline(t: TimelineSpec) {
  return (ctx: PlotContext): PlotLayout => {
    const { Plot } = ctx;
    const type = plotType(ctx.mobile);
    const lh = Math.round(type.label * 1.3);
    // Given a height (the social card), the timeline is a teaser: events are plain dots, not
    // numbered and listed, and lane titles keep to one line, so it fits the card unscaled.
    const teaser = ctx.height !== undefined;
    const R = teaser ? 5 : NUMBERED_R;
    const maxListed = t.summarise ? (ctx.mobile ? 6 : 8) : ctx.mobile ? 10 : 14;
    // Domain: the rows' days, widened so first and last marks sit inside, whole days included.
    const rawFrom = +t.domain.from;
    const rawTo = +t.domain.to + DAY;
    const pad = Math.max((rawTo - rawFrom) * 0.04, t.ticks === "day" ? DAY / 2 : 10 * DAY);
    const from = new Date(rawFrom - pad);
    const to = new Date(rawTo + pad);
    const x = (d: Date | number) => R + ((+d - +from) / (+to - +from)) * (ctx.width - 2 * R);

    let y = 0;
    // Header: bracket labels, then rule labels, each beside its date, stacked so none overlap.
    const header: Label[] = [];
    const taken: Box[] = [];
    const brackets: { x1: number; x2: number; y: number }[] = [];
    const place = (label: Omit<Label, "y">, top: number, lines: string[]): Box => {
      const box = (yy: number) =>
        textBox({
          x: label.x,
          y: yy,
          lines,
          size: label.size,
          weight: label.weight,
          anchor: label.anchor,
          lineAnchor: "top",
          lineHeight: label.lh / label.size,
        });
      let at = top;
      while (taken.some((b) => overlaps(box(at), b, 3))) at += 4;
      header.push({ ...label, y: at, text: lines.join("\n") });
      const b = box(at);
      taken.push(b);
      return b;
    };
    for (const b of t.brackets ?? []) {
      const start = +b.date;
      const end =
        b.precision === "year"
          ? Date.UTC(b.date.getUTCFullYear() + 1, 0, 1)
          : Date.UTC(b.date.getUTCFullYear(), b.date.getUTCMonth() + 1, 1);
      const x1 = Math.max(0, x(start));
      const x2 = Math.min(ctx.width, x(end));
      const anchor = x1 > ctx.width / 2 ? "end" : "start";
      const room = anchor === "start" ? ctx.width - x1 : x2;
      const wrapped = wrap(b.label, Math.max(room, ctx.width / 2), type.tick);
      const lines = teaser ? clampLines(wrapped, 1, Math.max(room, ctx.width / 2), type.tick) : wrapped;
      const ax =
        anchor === "start" ? (room >= ctx.width / 2 ? x1 : ctx.width / 2) : Math.max(x2, ctx.width / 2);
      const box = place(
        { x: ax, text: "", anchor, size: type.tick, weight: "regular", lh: lh - 2 },
        y,
        lines,
      );
      const by = box.y + box.h + 4;
      brackets.push({ x1, x2, y: by });
      taken.push({ x: x1, y: by - 1, w: x2 - x1, h: 8 });
      y = by + 10;
    }
    const ruleTop = y;
    const ruleLabels: Box[] = [];
    for (const r of t.rules ?? []) {
      const rx = x(r.date);
      const right = rx < ctx.width * 0.6;
      const room = right ? ctx.width - rx - 6 : rx - 6;
      const lines = wrap(r.label, Math.max(room, 90), type.value, "semibold");
      const box = place(
        {
          x: right ? rx + 5 : rx - 5,
          text: "",
          anchor: right ? "start" : "end",
          size: type.value,
          weight: "semibold",
          lh,
        },
        ruleTop,
        lines,
      );
      ruleLabels.push(box);
      y = Math.max(y, box.y + box.h);
    }
    y += 8;
    const lanesTop = y;

    // Lanes: title, bar, and rows of numbered event markers under the bar.
    const barH = 12;
    const titles: Label[] = [];
    const bars: { x1: number; x2: number; y: number; fill: string; opacity: number }[] = [];
    const ends: { x: number; y: number; fill: string }[] = [];
    const markers: Marker[] = [];
    const listed = listEvents(t, maxListed);
    const legend: LegendItem[] = [];
    /**
     * Place numbered markers on a row under y at their day; markers closer than their size are
     * stacked in rows, so every number stays legible. Returns the height the rows take.
     */
    const stack = (ms: readonly (typeof listed.markers)[number][]): number => {
      const rows: number[][] = [];
      for (const m of ms) {
        const mx = Math.min(Math.max(x(+m.date + DAY / 2), R), ctx.width - R);
        let row = rows.findIndex((xs) => xs.every((other) => Math.abs(other - mx) >= 2 * R + 2));
        if (row < 0) row = rows.push([]) - 1;
        rows[row]?.push(mx);
        markers.push({ ...m, x: mx, y: y + R + row * (2 * R + 2) });
      }
      return rows.length * (2 * R + 2);
    };
    for (const lane of t.lanes) {
      const lines = clampLines(
        wrap(lane.title, ctx.width, type.label, "semibold"),
        teaser ? 1 : 2,
        ctx.width,
        type.label,
        "semibold",
      );
      titles.push({
        x: 0,
        y,
        text: lines.join("\n"),
        anchor: "start",
        size: type.label,
        weight: "semibold",
        lh,
      });
      y += lines.length * lh + 4;
      const color = crossingColor(lane.crossing);
      for (const iv of lane.intervals) {
        const x1 = Math.max(0, x(iv.from));
        const x2 = Math.min(ctx.width, x(+iv.to + DAY));
        const solidFrom =
          iv.fuzzyUntil && +iv.fuzzyUntil > +iv.from ? Math.min(x2, x(iv.fuzzyUntil)) : iv.fuzzy ? x2 : x1;
        if (solidFrom > x1) {
          bars.push({ x1, x2: solidFrom, y, fill: color, opacity: 0.35 });
          if (!legend.some((l) => l.shape === "band"))
            legend.push({ label: paleLabel(t.lanes), color: COLORS.axis, shape: "band" });
        }
        if (x2 > solidFrom) bars.push({ x1: solidFrom, x2, y, fill: color, opacity: 1 });
        if (iv.open) {
          ends.push({ x: x2, y: y + barH / 2, fill: color });
          if (!legend.some((l) => l.shape === "ring"))
            legend.push({ label: "Still closed at the latest report", color: COLORS.axis, shape: "ring" });
        }
      }
      y += barH + 6;
      const mine = listed.markers.filter(
        (m) => m.crossing === lane.crossing && !markers.some((k) => k.n === m.n),
      );
      y += stack(mine) + 10;
    }
    // Events at no lane's crossing (a period chart's list) get a row of their own under the lanes.
    const loose = listed.markers.filter((m) => !markers.some((k) => k.n === m.n));
    if (loose.length) y += stack(loose) + 6;
    const axisY = y;

    // The axis right under the lanes, then the list of events by number.
    const time = timeTicks(from, to, ctx.width, type.tick);
    const axis = {
      ticks: time.ticks,
      x: (d: Date) => x(d),
      y: axisY + 6,
      format: time.format,
      size: type.tick,
      width: ctx.width,
    };
    const tickBoxes = axisLabelBoxes(axis);
    y = Math.max(axisY + 6 + type.tick * 1.2, ...tickBoxes.map((b) => b.y + b.h)) + 14;
    const list: { y: number; n: string; text: string; cy: number }[] = [];
    if (teaser && markers.length)
      legend.push({ label: "Event reported", color: COLORS.event, shape: "circle" });
    for (const e of teaser ? [] : listed.entries) {
      const lines = wrap(e.text, ctx.width - 2 * R - 10, type.value);
      list.push({ y, n: String(e.n), text: lines.join("\n"), cy: y + type.value * 0.55 });
      y += Math.max(lines.length * lh, 2 * R + 2) + 4;
    }
    const height = Math.ceil(y + 2);

    // Rules and gridlines stop short of every text and marker they would cross.
    const textBoxes: Box[] = [
      ...titles.map((l) =>
        textBox({
          x: l.x,
          y: l.y,
          lines: l.text.split("\n"),
          size: l.size,
          weight: l.weight,
          lineAnchor: "top",
          lineHeight: lh / l.size,
        }),
      ),
      ...markers.map((m) => ({ x: m.x - R, y: m.y - R, w: 2 * R, h: 2 * R })),
    ];
    const ruleSegments: Segment[] = (t.rules ?? []).flatMap((r, i) => {
      const rx = x(r.date);
      const label = ruleLabels[i];
      return knockout({ x1: rx, x2: rx, y1: label ? label.y : lanesTop - 4, y2: axisY }, [
        ...textBoxes,
        ...ruleLabels.filter((b) => b !== label),
        ...taken.filter((b) => !ruleLabels.includes(b)),
      ]);
    });
    const grid = time.ticks.flatMap((d) =>
      knockout({ x1: x(d), x2: x(d), y1: lanesTop, y2: axisY }, textBoxes),
    );
    const text = { textAnchor: "start" as const, lineAnchor: "top" as const, fill: COLORS.ink };
    return {
      legend,
      options: pixelPlot(ctx.width, height, [
        Plot.link(grid, { x1: "x1", x2: "x2", y1: "y1", y2: "y2", stroke: COLORS.grid }),
        Plot.link([{ x1: 0, x2: ctx.width, y: axisY }], {
          x1: "x1",
          x2: "x2",
          y1: "y",
          y2: "y",
          stroke: COLORS.axis,
        }),
        ...axisLabels(Plot, axis),
        Plot.link(ruleSegments, {
          x1: "x1",
          x2: "x2",
          y1: "y1",
          y2: "y2",
          stroke: COLORS.event,
          strokeDasharray: "4,3",
        }),
        Plot.link(brackets, { x1: "x1", x2: "x2", y1: "y", y2: "y", stroke: COLORS.axis }),
        Plot.link(
          brackets.flatMap((b) => [
            { x: b.x1, y: b.y },
            { x: b.x2, y: b.y },
          ]),
          { x1: "x", x2: "x", y1: "y", y2: (d: { y: number }) => d.y + 6, stroke: COLORS.axis },
        ),
        ...(["start", "end"] as const).flatMap((anchor) =>
          (["regular", "semibold"] as const).map((weight) => {
            const group = header.filter((h) => h.anchor === anchor && h.weight === weight);
            const first = group[0];
            return Plot.text(group, {
              ...text,
              x: "x",
              y: "y",
              text: "text",
              textAnchor: anchor,
              fontSize: first?.size ?? type.tick,
              fontWeight: WEIGHT[weight],
              fill: weight === "semibold" ? COLORS.ink : COLORS.text,
              lineHeight: first ? first.lh / first.size : 1.2,
            });
          }),
        ),
        Plot.text(titles, {
          ...text,
          x: 0,
          y: "y",
          text: "text",
          fontSize: type.label,
          fontWeight: WEIGHT.semibold,
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
        Plot.dot(ends, { x: "x", y: "y", r: 3.5, fill: COLORS.background, stroke: "fill", strokeWidth: 2 }),
        Plot.dot(markers, { x: "x", y: "y", r: R, fill: COLORS.event }),
        Plot.text(teaser ? [] : markers, {
          x: "x",
          y: "y",
          text: (m: Marker) => String(m.n),
          fontSize: NUMBER_SIZE,
          fontWeight: WEIGHT.bold,
          fill: COLORS.background,
        }),
        Plot.dot(list, { x: R, y: "cy", r: R, fill: COLORS.event }),
        Plot.text(list, {
          x: R,
          y: "cy",
          text: "n",
          fontSize: NUMBER_SIZE,
          fontWeight: WEIGHT.bold,
          fill: COLORS.background,
        }),
        Plot.text(list, {
          ...text,
          x: 2 * R + 8,
          y: "y",
          text: "text",
          fontSize: type.value,
          fill: COLORS.text,
          lineHeight: lh / type.value,
        }),
      ]),
      notes:
        listed.unlisted && !teaser
          ? [
              `${capitalise(countWords(listed.unlisted, "exact", noun("more event")))} ${listed.unlisted === 1 ? "is" : "are"} not shown at this size; every event is in the chart's description.`,
            ]
          : [],
    };
  };
}

/**
 * The events to mark and list, numbered in date order. A long view groups events of one day
 * and crossing into one marker ("Understanding reached on reopening, and four more events").
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
  const years = new Set(shown.map((g) => g.top?.date.getUTCFullYear()));
  shown.forEach((g, i) => {
    if (!g.top) return;
    const n = i + 1;
    markers.push({ n, date: g.top.date, crossing: g.top.crossing, label: g.top.label });
    // One date style: in full; the year only when the events span more than one.
    const date = years.size > 1 ? formatDate(g.top.date) : dayMonth(g.top.date);
    entries.push({
      n,
      text: `${date}: ${g.top.label}${g.more ? `, and ${countWords(g.more, "exact", noun("more event"))}` : ""}`,
    });
  });
  return { markers, entries, unlisted: grouped.length - shown.length };
}

/** What the paler part of a bar means, from the reasons the lanes give for it. */
function paleLabel(lanes: readonly TimelineLane[]): string {
  const ivs = lanes.flatMap((l) => l.intervals);
  const month = ivs.some((iv) => iv.fuzzy === "month" || (iv.fuzzyUntil && +iv.fuzzyUntil > +iv.from));
  const unknown = ivs.some((iv) => iv.fuzzy === "unknown");
  if (month && unknown) return "Paler: start known only to the month, or not dated";
  return unknown ? "Paler: start not dated" : "Paler: start known only to the month";
}
