/**
 * Greedy label placement: each label, in priority order, takes the first of its candidate
 * positions (right, left, above, below of its point, then the corners) that stays inside the
 * bounds and overlaps no mark and no label placed before it. A label with no free position
 * is left out, and the caller says so in a note. Written here because the placement must
 * use the same fixed font metrics as wrapping, and no maintained package does that for SVG.
 */
import { fitWidth, type Weight } from "../text/wrap.ts";
import { intersects, leaving, nearer, outOfOrder, ownMark, type Box, type Segment } from "./placeRules.ts";

export type { Box, Segment } from "./placeRules.ts";

export interface LabelRequest {
  /** The point the label belongs to, in px. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Space between the point and the label, in px. */
  gap: number;
}

export interface Placed {
  box: Box;
  /** How the text lines align inside the box. */
  anchor: "start" | "middle" | "end";
  /** Placed away from its point: draw a leader line to it. */
  leader: boolean;
}

export function overlaps(a: Box, b: Box, margin = 0): boolean {
  return (
    a.x < b.x + b.w + margin &&
    b.x < a.x + a.w + margin &&
    a.y < b.y + b.h + margin &&
    b.y < a.y + a.h + margin
  );
}

export function inside(a: Box, bounds: Box): boolean {
  return (
    a.x >= bounds.x && a.y >= bounds.y && a.x + a.w <= bounds.x + bounds.w && a.y + a.h <= bounds.y + bounds.h
  );
}

/**
 * Positions beside, above and below the point, then the corners, then further out with a leader line.
 * Where another point lies under this point's own mark `own` (two dots drawn over each other, so a
 * label level with one is level with both), first beside and away from that other point, so the
 * two labels stack in their points' order.
 */
function candidates(r: LabelRequest, others: readonly LabelRequest[] = [], own?: Box): Placed[] {
  const { x, y, w, h, gap } = r;
  const covered = (q: LabelRequest) =>
    own !== undefined && q.x >= own.x && q.x <= own.x + own.w && q.y >= own.y && q.y <= own.y + own.h;
  const close = others.filter((q) => q !== r && q.y !== y && covered(q));
  const over = close.some((q) => q.y < y);
  const under = close.some((q) => q.y > y);
  const away = over === under ? [] : [over ? y : y - h];
  const near: Omit<Placed, "leader">[] = [
    ...away.flatMap((top) => [
      { box: { x: x + gap, y: top, w, h }, anchor: "start" as const },
      { box: { x: x - gap - w, y: top, w, h }, anchor: "end" as const },
    ]),
    { box: { x: x + gap, y: y - h / 2, w, h }, anchor: "start" },
    { box: { x: x - gap - w, y: y - h / 2, w, h }, anchor: "end" },
    { box: { x: x - w / 2, y: y - gap - h, w, h }, anchor: "middle" },
    { box: { x: x - w / 2, y: y + gap, w, h }, anchor: "middle" },
    { box: { x: x + gap / 2, y: y - gap - h, w, h }, anchor: "start" },
    { box: { x: x + gap / 2, y: y + gap, w, h }, anchor: "start" },
    { box: { x: x - gap / 2 - w, y: y - gap - h, w, h }, anchor: "end" },
    { box: { x: x - gap / 2 - w, y: y + gap, w, h }, anchor: "end" },
  ];
  const far: Omit<Placed, "leader">[] = [1, 2, 3].flatMap((k) => {
    const dy = k * (h + 4);
    return [
      { box: { x: x - w / 2, y: y - gap - h - dy, w, h }, anchor: "middle" as const },
      { box: { x: x - w / 2, y: y + gap + dy, w, h }, anchor: "middle" as const },
      { box: { x: x + gap, y: y - h / 2 - dy, w, h }, anchor: "start" as const },
      { box: { x: x + gap, y: y - h / 2 + dy, w, h }, anchor: "start" as const },
      { box: { x: x - gap - w, y: y - h / 2 - dy, w, h }, anchor: "end" as const },
      { box: { x: x - gap - w, y: y - h / 2 + dy, w, h }, anchor: "end" as const },
    ];
  });
  // Further still, up or down and to either side, for a crowded plot (the social card's short one).
  const farther: Omit<Placed, "leader">[] = [4, 5, 6].flatMap((k) => {
    const dy = k * (h + 4);
    return [-1, 1].flatMap((dir) => [
      { box: { x: x - w / 2, y: y - h / 2 + dir * dy, w, h }, anchor: "middle" as const },
      { box: { x: x - gap - w, y: y - h / 2 + dir * dy, w, h }, anchor: "end" as const },
      { box: { x: x + gap, y: y - h / 2 + dir * dy, w, h }, anchor: "start" as const },
    ]);
  });
  const aside: Omit<Placed, "leader">[] = [1, 2, 3].flatMap((k) => {
    const dx = (k * w) / 2;
    return [0, -1, 1].flatMap((dir) => [
      { box: { x: x - gap - w - dx, y: y - h / 2 + dir * (h + 4), w, h }, anchor: "end" as const },
      { box: { x: x + gap + dx, y: y - h / 2 + dir * (h + 4), w, h }, anchor: "start" as const },
    ]);
  });
  return [
    ...near.map((c) => ({ ...c, leader: false })),
    ...[...far, ...aside, ...farther].map((c) => ({ ...c, leader: true })),
  ];
}

/**
 * Place labels in the order given (most important first). `marks` are boxes no label may
 * cover; placed labels become obstacles for the next. Returns a placement or undefined per request.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  marks: readonly Box[],
  bounds: Box,
  margin = 2,
  /** Lines already drawn that labels must not cross (rules, leaders of other labels). */
  lines: readonly Segment[] = [],
): (Placed | undefined)[] {
  // Greedy in priority order; then, for each label left out, one more pass with it placed
  // first, kept if it labels more points. A handful of passes at most, so it stays fast.
  let best = greedy(requests, marks, bounds, margin, lines);
  const count = (p: (Placed | undefined)[]) => p.filter(Boolean).length;
  for (let i = 0; i < requests.length && count(best) < requests.length; i++) {
    if (best[i]) continue;
    const order = [i, ...requests.map((_, j) => j).filter((j) => j !== i)];
    const tried = greedy(
      order.map((j) => requests[j] as LabelRequest),
      marks,
      bounds,
      margin,
      lines,
    );
    const back: (Placed | undefined)[] = [];
    order.forEach((j, k) => (back[j] = tried[k]));
    if (count(back) > count(best)) best = back;
  }
  return best;
}

function greedy(
  requests: readonly LabelRequest[],
  marks: readonly Box[],
  bounds: Box,
  margin: number,
  lines: readonly Segment[],
): (Placed | undefined)[] {
  const taken: Box[] = [...marks];
  const drawn: Segment[] = [...lines];
  const leaders: Segment[] = [];
  const placed: { r: LabelRequest; box: Box }[] = [];
  return requests.map((r) => {
    const own = ownMark(r, marks);
    const found = candidates(r, requests, own).find((c) => {
      if (!inside(c.box, bounds) || taken.some((t) => overlaps(c.box, t, margin))) return false;
      if (drawn.some((l) => crosses(l, c.box, 1))) return false;
      // Read as its own point's label: never nearer another point, never out of the points' order.
      if (requests.some((q) => q !== r && nearer(c.box, q, r))) return false;
      if (placed.some((p) => outOfOrder(c.box, r, p.box, p.r))) return false;
      if (!c.leader) return true;
      // A leader runs from the point to the label's nearest edge; once clear of its own point it
      // crosses no other point, no label and no other leader.
      const leader = own ? leaving(leaderOf(r, c.box), own) : leaderOf(r, c.box);
      if (leaders.some((l) => intersects(l, leader))) return false;
      return !taken.some((t, i) => t !== own && crosses(leader, t, i < marks.length ? 0 : 1));
    });
    if (found) {
      taken.push(found.box);
      placed.push({ r, box: found.box });
      if (found.leader) {
        const leader = leaderOf(r, found.box);
        drawn.push(leader);
        leaders.push(own ? leaving(leader, own) : leader);
      }
    }
    return found;
  });
}

/** The leader line from a point to the nearest edge of its label's box. */
export function leaderOf(p: { x: number; y: number }, box: Box): Segment {
  const ex = Math.min(Math.max(p.x, box.x), box.x + box.w);
  const ey = p.y < box.y ? box.y : p.y > box.y + box.h ? box.y + box.h : p.y;
  return { x1: p.x, y1: p.y, x2: ex, y2: ey };
}

/** The ink of a line of text around its baseline, in ems: caps, ascenders and accents above, descenders below. */
export const ASCENT = 0.8;
export const DESCENT = 0.24;

export interface TextSpec {
  x: number;
  y: number;
  /** The text's lines, as Plot draws them (one <tspan> each). */
  lines: readonly string[];
  size: number;
  weight?: Weight;
  anchor?: "start" | "middle" | "end";
  lineAnchor?: "top" | "middle" | "bottom";
  /** In ems, as Plot's lineHeight option. */
  lineHeight?: number;
}

/**
 * The box a Plot text mark's text takes, in the widest font it may be set in: the same baselines
 * as Plot's multi-line text (src/marks/text.js), the ink from ASCENT to DESCENT around each.
 * Linear in the text's length: each line is measured once.
 */
export function textBox(t: TextSpec): Box {
  const n = t.lines.length;
  const lh = t.lineHeight ?? 1;
  const first = t.lineAnchor === "top" ? 0.71 : t.lineAnchor === "bottom" ? 1 - n : (164 - n * 100) / 200;
  // A loop, not Math.max(...lines): a label of a hundred thousand lines would overflow the stack.
  let w = 0;
  for (const line of t.lines) w = Math.max(w, fitWidth(line, t.size, t.weight ?? "regular"));
  const x = t.anchor === "end" ? t.x - w : t.anchor === "middle" ? t.x - w / 2 : t.x;
  const top = t.y + first * lh * t.size - ASCENT * t.size;
  const bottom = t.y + (first + n - 1) * lh * t.size + DESCENT * t.size;
  return { x, y: top, w, h: bottom - top };
}

/** Whether a segment crosses a box (Liang–Barsky clipping), with `margin` px around the box. */
export function crosses(s: Segment, b: Box, margin = 0): boolean {
  const [x0, y0, x1, y1] = [b.x - margin, b.y - margin, b.x + b.w + margin, b.y + b.h + margin];
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, s.x1 - x0],
    [dx, x1 - s.x1],
    [-dy, s.y1 - y0],
    [dy, y1 - s.y1],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

/**
 * A horizontal or vertical rule cut where it would cross a box (a label, a marker), `gap` px
 * clear of it: gridlines and dated rules never run through text. Returns the pieces left, less
 * those a cut leaves shorter than `minPiece` (a gridline's: AXIS.minPiece), which read as a broken line.
 */
export function knockout(s: Segment, boxes: readonly Box[], gap = 2, minPiece = 1): Segment[] {
  const vertical = Math.abs(s.x2 - s.x1) < Math.abs(s.y2 - s.y1);
  const lo = vertical ? Math.min(s.y1, s.y2) : Math.min(s.x1, s.x2);
  const hi = vertical ? Math.max(s.y1, s.y2) : Math.max(s.x1, s.x2);
  const cuts = boxes
    .filter((b) => crosses(s, b, gap))
    .map((b): [number, number] => (vertical ? [b.y - gap, b.y + b.h + gap] : [b.x - gap, b.x + b.w + gap]))
    .sort((a, b) => a[0] - b[0]);
  const out: Segment[] = [];
  let from = lo;
  for (const [a, b] of cuts) {
    if (a > from) out.push(piece(s, vertical, from, Math.min(a, hi)));
    from = Math.max(from, b);
  }
  if (hi > from) out.push(piece(s, vertical, from, hi));
  const least = cuts.length ? minPiece : 1;
  return out.filter((p) => Math.hypot(p.x2 - p.x1, p.y2 - p.y1) >= least);
}

function piece(s: Segment, vertical: boolean, a: number, b: number): Segment {
  return vertical ? { x1: s.x1, x2: s.x1, y1: a, y2: b } : { x1: a, x2: b, y1: s.y1, y2: s.y1 };
}
