/**
 * Event labels on a timeline, pure: each event's text on the chart instead of a numbered list,
 * in rows under the lanes. A leader runs straight down from the marker; the label starts just
 * right of it (or ends just left of it, right of the middle), wrapped to a share of the width,
 * and takes the highest place from `top` where it overlaps no label placed before it, its leader
 * crosses none, and it covers no earlier leader; labels are placed in date order.
 */
import { wrap } from "../text/wrap.ts";
import type { PlotType, TimelineStyle } from "../style/index.ts";
import { crosses, overlaps, textBox, type Box, type Segment } from "./place.ts";
import type { Marker } from "./timelineLanes.ts";

/** An event's label: its text's top-left (or top-right, by anchor) at x, y, and its box. */
export interface EventLabel {
  x: number;
  y: number;
  anchor: "start" | "end";
  text: string;
  box: Box;
  /** The event's marker. */
  event: Marker;
}

export interface EventLabels {
  labels: EventLabel[];
  /** From each marker's foot down to its label's top. */
  leaders: Segment[];
  /** Under the last label. */
  bottom: number;
  /** Events with no free place, left unlabelled. */
  unlabelled: number;
}

export function eventLabels(
  markers: readonly Marker[],
  entries: readonly { n: number; text: string }[],
  top: number,
  c: { width: number; r: number; type: PlotType; lh: number; style: TimelineStyle },
): EventLabels {
  const { maxShare, gap, margin, inset } = c.style.eventLabel;
  const size = c.type.value;
  const out: EventLabels = { labels: [], leaders: [], bottom: top, unlabelled: 0 };
  const sorted = [...markers].sort((a, b) => +a.date - +b.date || a.x - b.x);
  for (const m of sorted) {
    const entry = entries.find((e) => e.n === m.n);
    if (!entry) continue;
    const lines = wrap(entry.text, c.width * maxShare, size);
    const anchor = m.x <= c.width / 2 ? "start" : "end";
    // The text beside its leader, which runs down from the marker to the middle of its first line.
    const x = anchor === "start" ? m.x + inset : m.x - inset;
    const boxAt = (y: number) =>
      textBox({ x, y, lines, size, anchor, lineAnchor: "top", lineHeight: c.lh / size });
    const leaderTo = (box: Box): Segment => ({ x1: m.x, x2: m.x, y1: m.y + c.r, y2: box.y + size / 2 });
    const free = (y: number) => {
      const box = boxAt(y);
      const leader = leaderTo(box);
      return (
        !out.labels.some((l) => overlaps(box, l.box, margin)) &&
        !out.labels.some((l) => crosses(leader, l.box, 1)) &&
        !out.leaders.some((l) => crosses(l, box, 1))
      );
    };
    const tries = [top, ...out.labels.map((l) => l.y + l.box.h + gap)].sort((a, b) => a - b);
    const y = tries.find(free);
    // No free place (a crowded day): the event goes unlabelled, and the caller's note says so.
    if (y === undefined) {
      out.unlabelled++;
      continue;
    }
    const box = boxAt(y);
    out.labels.push({ x, y, anchor, text: lines.join("\n"), box, event: m });
    out.leaders.push(leaderTo(box));
    out.bottom = Math.max(out.bottom, box.y + box.h);
  }
  return out;
}
