/**
 * The social card's compact timeline, pure: what the card does differently from the web chart so it
 * keeps to 1200 × 675 without dropping a label. Its key lists each numbered marker tersely (the
 * label and its date, with no credit in brackets and no "…, and two more events" tail: the web
 * chart, the alt text and the card's source line keep those); its markers keep to one row, moved
 * aside only as far as their numbers need; and a bracket whose label would take more than a line
 * becomes a numbered marker on its line, keyed with the events, every number in date order.
 */
import { ascending } from "d3-array";
import type { ListedEvents } from "./timelineEvents.ts";
import type { Marker } from "./timelineLanes.ts";

/** A label without the credit in brackets at its end: "Crossing seized (AFP)" → "Crossing seized". */
export function withoutCredit(label: string): string {
  const text = label.trimEnd();
  if (!text.endsWith(")")) return text;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ")") depth++;
    else if (text[i] === "(" && --depth === 0) {
      const rest = text.slice(0, i).trimEnd();
      return rest || text;
    }
  }
  return text;
}

/**
 * Marker centres in one row, in the order given (date order): each at its x when it can be, else
 * `step` after the one before; the row moved back left as far as the last needs to stay inside.
 */
export function markerRow(xs: readonly number[], step: number, r: number, width: number): number[] {
  const out: number[] = [];
  for (const x of xs) {
    const before = out[out.length - 1];
    out.push(Math.max(r, before === undefined ? x : Math.max(x, before + step)));
  }
  for (let i = out.length - 1; i >= 0; i--) {
    const after = out[i + 1];
    const limit = after === undefined ? width - r : after - step;
    out[i] = Math.max(r, Math.min(out[i] ?? r, limit));
  }
  return out;
}

/** A bracket the card marks with a number on its line, keyed under the axis. */
export interface BracketMark {
  date: Date;
  /** The key's entry: the bracket's label without its credit. */
  text: string;
  x: number;
  y: number;
}

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
