/**
 * Events listed by day, for a period where they cluster on a few days (a timeline would stack
 * their labels): each day as a heading, its events below it with who reported them. The list
 * keeps the weightiest and latest events when there are too many, and says how many it left out.
 */
import { ascending, groups } from "d3-array";
import { type PlotContext, type PlotLayout, pixelPlot } from "../chart.ts";
import { formatDate } from "../format/date.ts";
import { capitalise, countWords, noun } from "../text/words.ts";
import { wrap } from "../text/wrap.ts";
import { COLORS, plotType, WEIGHT } from "../style/index.ts";

export interface ListedEvent {
  date: Date;
  /** "Rafah: Understanding reached on reopening". */
  text: string;
  /** "Israel's Army Radio". */
  by: string;
}

export function eventList(events: readonly ListedEvent[]) {
  return (ctx: PlotContext): PlotLayout => {
    const { Plot } = ctx;
    const type = plotType(ctx.mobile);
    const lh = Math.round(type.value * 1.35);
    const max = ctx.mobile ? 10 : 14;
    const sorted = [...events].sort((a, b) => ascending(+a.date, +b.date) || ascending(a.text, b.text));
    const shown = sorted.slice(-max);
    const lines: { y: number; text: string; kind: "day" | "event" }[] = [];
    const bullets: { y: number }[] = [];
    let y = 2;
    for (const [day, list] of groups(shown, (e) => +e.date)) {
      lines.push({ y, text: formatDate(new Date(day)), kind: "day" });
      y += lh + 2;
      for (const e of list) {
        const wrapped = wrap(`${e.text} (${e.by})`, ctx.width - 16, type.value);
        bullets.push({ y: y + lh / 2 - 1 });
        lines.push({ y, text: wrapped.join("\n"), kind: "event" });
        y += wrapped.length * lh + 4;
      }
      y += 8;
    }
    const left = sorted.length - shown.length;
    return {
      options: pixelPlot(ctx.width, Math.ceil(y), [
        Plot.text(
          lines.filter((l) => l.kind === "day"),
          {
            x: 0,
            y: "y",
            text: "text",
            textAnchor: "start",
            lineAnchor: "top",
            fontSize: type.label,
            fontWeight: WEIGHT.bold,
            fill: COLORS.ink,
          },
        ),
        Plot.dot(bullets, { x: 5, y: "y", r: 3, fill: COLORS.event }),
        Plot.text(
          lines.filter((l) => l.kind === "event"),
          {
            x: 16,
            y: "y",
            text: "text",
            textAnchor: "start",
            lineAnchor: "top",
            fontSize: type.value,
            fill: COLORS.text,
            lineHeight: lh / type.value,
          },
        ),
      ]),
      notes: left
        ? [
            `${capitalise(countWords(left, "exact", noun("earlier event")))} ${left === 1 ? "is" : "are"} not listed at this size; every event is in the chart's description.`,
          ]
        : [],
    };
  };
}
