/**
 * The social card's compact timeline, pure: what the card does differently from the web chart so it
 * keeps to 1200 × 675 without dropping a label. Its key lists each numbered marker tersely (the
 * label and its date, with no credit in brackets and no "…, and two more events" tail: the web
 * chart, the alt text and the card's source line keep those); its markers keep to one row, moved
 * aside only as far as their numbers need; and a bracket whose label would take more than a line
 * becomes a numbered marker on its line, keyed with the events, every number in date order.
 */
import { ascending } from "d3-array";
import type { BracketMark } from "./timelineCompact.ts";
import type { TimelineStyle } from "../style/index.ts";
import { listEvents, type ListedEvents, type TimelineEvent } from "./timelineEvents.ts";
import type { Marker } from "./timelineLanes.ts";

export { markerRow, withoutCredit, type BracketMark } from "./timelineCompact.ts";

/**
 * The card's key and markers numbered in date order, brackets' with the events': each event's
 * entry and marker renumbered, each bracket's marker given its number, entries in number order.
 */
export function numberByDate(
  listed: ListedEvents,
  drawn: readonly Marker[],
  brackets: readonly BracketMark[],
): { listed: ListedEvents; markers: Marker[] } {
  const items = [
    ...listed.markers.map((m) => ({ date: m.date, event: m.n, bracket: -1 })),
    ...brackets.map((b, i) => ({ date: b.date, event: 0, bracket: i })),
  ].sort((a, b) => ascending(+a.date, +b.date) || ascending(a.event, b.event));
  const number = new Map(items.filter((x) => x.event).map((x) => [x.event, items.indexOf(x) + 1]));
  const renumber = <T extends { n: number }>(x: T): T => ({ ...x, n: number.get(x.n) ?? x.n });
  const entries = [
    ...listed.entries.map(renumber),
    ...brackets.map((b, i) => ({ n: items.findIndex((x) => x.bracket === i) + 1, text: b.text })),
  ].sort((a, b) => a.n - b.n);
  const marks: Marker[] = brackets.map((b, i) => ({
    n: items.findIndex((x) => x.bracket === i) + 1,
    date: b.date,
    crossing: "",
    label: b.text,
    x: b.x,
    y: b.y,
  }));
  return {
    listed: { ...listed, markers: listed.markers.map(renumber), entries },
    markers: [...drawn.map(renumber), ...marks],
  };
}

/**
 * A numbered marker's radius: the style's, one larger on a card that may number ten or more
 * (its events as the web chart groups them, and every bracket), so two digits stay inside.
 */
export function cardMarkerR(
  style: TimelineStyle,
  teaser: boolean,
  o: { events: readonly TimelineEvent[]; brackets: readonly unknown[]; summarise: boolean },
  grouped: boolean | undefined,
): number {
  if (!teaser) return style.marker.r;
  const group = grouped ?? o.summarise;
  const max = group ? style.summaryListMax : style.listMax;
  const count = listEvents(o.events, group, max).markers.length + o.brackets.length;
  return count >= 10 ? style.marker.r + 1 : style.marker.r;
}
