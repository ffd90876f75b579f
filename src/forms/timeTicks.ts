/** Date ticks for a time axis: the finest calendar step whose labels do not touch at this width. */
import { DAY, formatDayMonth, formatMonthYear } from "../format/date.ts";
import { AXIS } from "../style/index.ts";
import { textWidth } from "../text/wrap.ts";

interface Step {
  unit: "day" | "month";
  every: number;
  format: (d: Date) => string;
}

const STEPS: Step[] = [
  { unit: "day", every: 1, format: formatDayMonth },
  { unit: "day", every: 2, format: formatDayMonth },
  { unit: "day", every: 7, format: formatDayMonth },
  { unit: "day", every: 14, format: formatDayMonth },
  { unit: "month", every: 1, format: formatMonthYear },
  { unit: "month", every: 2, format: formatMonthYear },
  { unit: "month", every: 3, format: formatMonthYear },
  { unit: "month", every: 6, format: formatMonthYear },
  { unit: "month", every: 12, format: (d) => String(d.getUTCFullYear()) },
  { unit: "month", every: 24, format: (d) => String(d.getUTCFullYear()) },
  { unit: "month", every: 60, format: (d) => String(d.getUTCFullYear()) },
];

/**
 * Ticks for [from, to] on an axis `width` px wide with labels of `fontSize` px: day ticks sit
 * at noon (the middle of the day they name), month ticks on the 1st, and quarters, halves and
 * years on January, April, July and October. Each label gets at least AXIS.timeLabelRoom times its width.
 */
export function timeTicks(
  from: Date,
  to: Date,
  width: number,
  fontSize: number,
): { ticks: Date[]; format: (d: Date) => string } {
  const span = Math.max(+to - +from, DAY);
  for (const step of STEPS) {
    const ticks = ticksFor(step, from, to);
    if (ticks.length === 0) continue;
    const widest = Math.max(0, ...ticks.map((t) => textWidth(step.format(t), fontSize)));
    const room = (width * (step.unit === "day" ? step.every * DAY : step.every * 30.44 * DAY)) / span;
    if (widest * AXIS.timeLabelRoom <= room) return { ticks, format: step.format };
  }
  const last = STEPS[STEPS.length - 1];
  return last
    ? { ticks: ticksFor(last, from, to), format: last.format }
    : { ticks: [], format: formatMonthYear };
}

function ticksFor(step: Step, from: Date, to: Date): Date[] {
  const out: Date[] = [];
  if (step.unit === "day") {
    const first = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
    for (let t = first + DAY / 2; t <= +to; t += step.every * DAY) if (t >= +from) out.push(new Date(t));
    return out;
  }
  // Months aligned to the calendar: every 3 months falls on January, April, July, October.
  let m = from.getUTCFullYear() * 12 + from.getUTCMonth() + (from.getUTCDate() > 1 ? 1 : 0);
  m += (step.every - (m % step.every)) % step.every;
  for (; ; m += step.every) {
    const d = new Date(Date.UTC(Math.floor(m / 12), m % 12, 1));
    if (+d > +to) break;
    out.push(d);
  }
  return out;
}
