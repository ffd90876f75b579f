/**
 * Events listed by day, for a period where they cluster on a few days (a timeline would stack
 * their labels): each day as a heading, its events below it with who reported them. The list
 * keeps the most newsworthy events when there are too many to fit, and names what it left out. Events
 * in focus (the headline's) lead it, set apart under their own heading: a factbox led by its news, then
 * every heading newest first.
 *
 * `eventList(events, options)`: the layout step (./eventListLayout.ts) places every line; the
 * drawing step, eventListMarks, turns that layout into Plot marks.
 */
import type * as PlotApi from "@observablehq/plot";
import { drawLayout, type PlotFunction } from "../chart.ts";
import { COLORS, WEIGHT } from "../style/index.ts";
import {
  eventListLayout,
  type EventListLayout,
  type EventListOptions,
  type ListedEvent,
} from "./eventListLayout.ts";
import { FOCUS_COLORS } from "./focus.ts";
import { headings, segmentLinks, topText } from "./marks.ts";

export type { EventListOptions, ListedEvent } from "./eventListLayout.ts";

export function eventList(events: readonly ListedEvent[], options: EventListOptions = {}): PlotFunction {
  return (ctx) => {
    const layout = eventListLayout(events, options, ctx);
    return drawLayout(layout, eventListMarks(ctx.Plot, layout, options.accent));
  };
}

/**
 * Day headings in bold, a bullet per event, and the events' lines indented under them. In a list led by
 * its news, the events in focus are set semibold in ink with accent bullets, a thin rule under them, and
 * the others' bullets recede.
 */
export function eventListMarks(
  Plot: typeof PlotApi,
  l: EventListLayout,
  accent: string = FOCUS_COLORS.focus.mark,
): PlotApi.Markish[] {
  const bullet = (focus: boolean) => (!l.led ? COLORS.event : focus ? accent : FOCUS_COLORS.rest.mark);
  const events = (focus: boolean) => l.events.filter((_, i) => (l.focus[i] ?? false) === focus);
  return [
    segmentLinks(Plot, l.rules, { stroke: COLORS.grid }),
    headings(Plot, l.days, { fontSize: l.daySize, fontWeight: WEIGHT.bold }),
    ...[true, false].map((focus) =>
      Plot.dot(
        l.bullets.filter((b) => b.focus === focus),
        { x: l.style.bullet.x, y: "y", r: l.style.bullet.r, fill: bullet(focus) },
      ),
    ),
    topText(Plot, events(true), {
      x: l.style.indent,
      fontSize: l.eventSize,
      fontWeight: WEIGHT.semibold,
      fill: COLORS.ink,
      lineHeight: l.lineHeight / l.eventSize,
    }),
    topText(Plot, events(false), {
      x: l.style.indent,
      fontSize: l.eventSize,
      fill: COLORS.text,
      lineHeight: l.lineHeight / l.eventSize,
    }),
  ];
}
