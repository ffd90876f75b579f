import type * as PlotApi from "@observablehq/plot";
import { AXIS, COLORS } from "../style/index.ts";
import { fitWidth } from "../text/wrap.ts";
import { textBox, type Box } from "./place.ts";

/** Nice ticks from 0 to the domain's end: "0", "50,000", "100,000". Fewer on phones (or when `fewer`). */
export function valueTicks(max: number, fewer: boolean): number[] {
  const target = fewer ? AXIS.fewerValueTicks : AXIS.valueTicks;
  const raw = max / target;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const ticks: number[] = [];
  const end = Math.ceil(max / step - 1e-9) * step;
  for (let t = 0; t <= end + 1e-9; t += step) ticks.push(Math.round(t * 1e6) / 1e6);
  return ticks;
}

export interface AxisLabels<T> {
  ticks: readonly T[];
  x: (t: T) => number;
  /** The labels' top. */
  y: number;
  format: (t: T) => string;
  size: number;
  /** The plot's width: a label that would run past either edge is anchored at its tick instead of centred. */
  width: number;
}

function anchorOf<T>(a: AxisLabels<T>, t: T): "start" | "middle" | "end" {
  const w = fitWidth(a.format(t), a.size);
  const x = a.x(t);
  return x - w / 2 < 0 ? "start" : x + w / 2 > a.width ? "end" : "middle";
}

/** Tick labels under an axis, centred on their ticks but never past the plot's edges. */
export function axisLabels<T>(Plot: typeof PlotApi, a: AxisLabels<T>): PlotApi.Markish[] {
  return (["start", "middle", "end"] as const).map((anchor) =>
    Plot.text(
      a.ticks.filter((t) => anchorOf(a, t) === anchor),
      {
        x: a.x,
        y: a.y,
        text: a.format,
        lineAnchor: "top",
        textAnchor: anchor,
        fontSize: a.size,
        fill: COLORS.text,
        className: "tick",
      },
    ),
  );
}

/** The boxes of those labels, for placing other text clear of them. */
export function axisLabelBoxes<T>(a: AxisLabels<T>): Box[] {
  return a.ticks.map((t) =>
    textBox({
      x: a.x(t),
      y: a.y,
      lines: [a.format(t)],
      size: a.size,
      anchor: anchorOf(a, t),
      lineAnchor: "top",
    }),
  );
}
