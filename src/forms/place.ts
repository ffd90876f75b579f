/**
 * Greedy label placement: each label, in priority order, takes the first of its candidate
 * positions (right, left, above, below of its point, then the corners) that stays inside the
 * bounds and overlaps no mark and no label placed before it. A label with no free position
 * is left out, and the caller says so in a note. Written here because the placement must
 * use the same fixed font metrics as wrapping, and no maintained package does that for SVG.
 */

/** A rectangle in px, from its top-left corner. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

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

/** Positions beside, above and below the point, then the corners, then further out with a leader line. */
function candidates(r: LabelRequest): Placed[] {
  const { x, y, w, h, gap } = r;
  const near: Omit<Placed, "leader">[] = [
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
  return [...near.map((c) => ({ ...c, leader: false })), ...far.map((c) => ({ ...c, leader: true }))];
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
): (Placed | undefined)[] {
  const taken: Box[] = [...marks];
  return requests.map((r) => {
    const found = candidates(r).find(
      (c) => inside(c.box, bounds) && !taken.some((t) => overlaps(c.box, t, margin)),
    );
    if (found) taken.push(found.box);
    return found;
  });
}
