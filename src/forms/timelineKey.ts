/**
 * The social card's key of events, pure: the card numbers its event markers (1, 2, 3… in date
 * order) and lists each number's date and label, credit included, under the axis, never cut with
 * "…". Given a height budget (the card's dense layout), the key keeps the entries that fit, in
 * number order, and ends with a line saying how many it leaves out ("Two more events not shown").
 * Also each event's key for the socialLabels check: what a surface labels, as label or key entry.
 */
import type { PlotType, TimelineStyle } from "../style/index.ts";
import { wrap } from "../text/wrap.ts";
import { capitalise, countWords, noun } from "../text/words.ts";
import type { EventMark } from "./timelineEvents.ts";

/** An entry of the list or key under the axis: its number's marker at cy (none when n is ""), text from y. */
export interface ListEntry {
  y: number;
  n: string;
  text: string;
  cy: number;
}

type KeyContext = { width: number; r: number; type: PlotType; lh: number; style: TimelineStyle };

/** One event's key for PlotLayout.labelled: its day, crossing and label, the same on every surface. */
export function eventKey(m: Pick<EventMark, "date" | "crossing" | "label">): string {
  return `${m.date.toISOString().slice(0, 10)}|${m.crossing}|${m.label}`;
}

/** "Two more events not shown", "One more event not shown". */
export function notShownLine(count: number): string {
  return `${capitalise(countWords(count, "exact", noun("more event")))} not shown`;
}

/** An entry's lines, wrapped beside its marker. */
function entryLines(text: string, c: KeyContext): string[] {
  return wrap(text, c.width - 2 * c.r - c.style.list.textGap - c.style.list.endRoom, c.type.value);
}

/** An entry's height: its lines, at least its marker, and the space after it. */
function entryHeight(lines: number, c: KeyContext): number {
  return Math.max(lines * c.lh, 2 * c.r + c.style.marker.gap) + c.style.list.after;
}

/**
 * The list of events by number from `top`, each entry beside its number's marker; with a `budget` (the
 * plot's height, less what follows the list), only the entries that fit, then the line for the rest.
 */
export function keyEntries(
  entries: readonly { n: number; text: string }[],
  top: number,
  c: KeyContext,
  budget?: number,
): { entries: ListEntry[]; bottom: number; shown: number[] } {
  const out: ListEntry[] = [];
  const shown: number[] = [];
  const restHeight = entryHeight(1, { ...c, r: 0 });
  let y = top;
  for (const [i, e] of entries.entries()) {
    const lines = entryLines(e.text, c);
    const h = entryHeight(lines.length, c);
    const rest = i < entries.length - 1 ? restHeight : 0;
    if (budget !== undefined && y + h + rest > budget) {
      const left = entries.length - i;
      out.push({ y, n: "", text: notShownLine(left), cy: y });
      y += restHeight;
      break;
    }
    out.push({ y, n: String(e.n), text: lines.join("\n"), cy: y + c.type.value * c.style.list.numberDrop });
    shown.push(e.n);
    y += h;
  }
  return { entries: out, bottom: y, shown };
}
