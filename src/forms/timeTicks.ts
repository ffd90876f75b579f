/**
 * Date ticks for a time axis: the finest calendar step whose labels do not touch at this width.
 *
 * The day model, one for every time axis (timelines and reports over time):
 * - a date names a UTC day, the interval [00:00, 24:00); the scale maps instants, so a day is a
 *   stretch of the axis, not a point;
 * - ticks and gridlines sit on boundaries: day ticks at 00:00 of their day, month ticks at 00:00
 *   of the 1st; a day tick's label is centred between its gridline and the next (on the day it
 *   names), a month or year tick's label is centred on its gridline; where full day labels do not
 *   fit, every day is still labelled, by its number ("4 May 2024", "5", "6"), before any day is skipped;
 * - where days are labelled only every few days, an axis of marks on their days (reports over time)
 *   labels the marks' own days, as many as fit, and never a day beside a mark's ("7 Jan" just right
 *   of the 6 January dots read as their day); an axis without such marks (a timeline's) labels days
 *   at fixed places in each month, the 1st, 8th, 15th and 22nd (or 1st and 15th, or every other day);
 * - a bar covers its days: from 00:00 of its first day to 24:00 of its last, so a closure from
 *   6 May starts exactly on the 6 May gridline;
 * - a mark of one day (an event, a report) sits at the day's middle, 12:00;
 * - a night is dated by its evening (data/README.md) and runs into the next morning: a bar from
 *   "the night of 6–7 May" starts at the evening of 6 May, 18:00 (barStart), not at 00:00;
 * - a start known only to a span (a weekend, a week, a month) is sure only after the span
 *   (sureFrom): the bar is pale over the span and solid from the day after it;
 * test/forms/timeTicks.test.ts holds the axes to it.
 */
import { DAY, formatDayMonth, formatMonthYear } from "../format/date.ts";
import { AXIS } from "../style/index.ts";
import { textWidth } from "../text/wrap.ts";

/** Where a mark of one day sits: the middle of the day. */
export function dayMiddle(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) + DAY / 2);
}

/** A night starts this far into the day it is dated by: its evening. */
export const EVENING = (18 / 24) * DAY;

/** Where a bar from a start of this precision begins: 00:00 of its day, or the evening of a night's. */
export function barStart(d: Date, precision?: string): Date {
  return precision === "night" ? new Date(+d + EVENING) : d;
}

/**
 * From when a start of this precision is sure: the bar's start for a day or a night; the day after
 * the span for a weekend (dated by its Saturday), a week (by its first day) or a month.
 */
export function sureFrom(d: Date, precision?: string): Date {
  switch (precision) {
    case "weekend":
      return new Date(+d + 2 * DAY);
    case "week":
      return new Date(+d + 7 * DAY);
    case "month":
      return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
    default:
      return barStart(d, precision);
  }
}

interface Step {
  unit: "day" | "month";
  every: number;
  /** The label with its year, and the label without it (when the tick before has the same year). */
  full: (d: Date) => string;
  short: (d: Date) => string;
  /** A label between the two: where the month changes within a year ("1 Jun" among day numbers). */
  month?: (d: Date) => string;
}

const monthOnly = (d: Date) => formatMonthYear(d).split(" ")[0] ?? "";
const year = (d: Date) => String(d.getUTCFullYear());
const day = (every: number): Step => ({
  unit: "day",
  every,
  full: (d) => `${formatDayMonth(d)} ${year(d)}`,
  short: formatDayMonth,
});
/** Every day, by its number: "4 May 2024", "5", "6", …, "1 Jun": every day labelled where full labels would not fit. */
const dayNumbers: Step = {
  unit: "day",
  every: 1,
  full: (d) => `${formatDayMonth(d)} ${year(d)}`,
  short: (d) => String(d.getUTCDate()),
  month: formatDayMonth,
};
const month = (every: number): Step => ({ unit: "month", every, full: formatMonthYear, short: monthOnly });
const years = (every: number): Step => ({ unit: "month", every, full: year, short: year });

const EVERY_DAY = day(1);

const STEPS: Step[] = [
  EVERY_DAY,
  dayNumbers,
  day(2),
  day(7),
  day(14),
  month(1),
  month(2),
  month(3),
  month(6),
  years(12),
  years(24),
  years(60),
];

export interface TimeTicks {
  /** The gridlines' instants: 00:00 of a day, or of the 1st of a month. */
  ticks: Date[];
  /** A tick's label: the year on the first tick and wherever it changes ("4 May 2024", "5 May"). */
  format: (d: Date) => string;
  /** How far after its tick a label is centred, in ms: half a day for day ticks, else 0. */
  labelShift: number;
}

/**
 * Ticks for [from, to] on an axis `width` px wide with labels of `fontSize` px, on the day model
 * above: month ticks on the 1st, and quarters, halves and years on January, April, July and
 * October. Two neighbouring labels get at least AXIS.timeLabelRoom times their mean width. Given
 * `marks`, the days marks sit on, an axis labelled every few days labels those days instead.
 */
export function timeTicks(
  from: Date,
  to: Date,
  width: number,
  fontSize: number,
  marks: readonly Date[] = [],
): TimeTicks {
  const span = Math.max(+to - +from, DAY);
  let last: TimeTicks = { ticks: [], format: formatMonthYear, labelShift: 0 };
  for (const step of STEPS) {
    const ticks = ticksFor(step, from, to);
    if (ticks.length === 0) continue;
    last = labelled(step, ticks);
    const widths = ticks.map((t) => textWidth(last.format(t), fontSize));
    const room = (width * (step.unit === "day" ? step.every * DAY : step.every * 30.44 * DAY)) / span;
    // Two neighbours share the room between their ticks: half of each label's width, with room to spare.
    // Day numbers: the first label, in full, is centred on its day and shares the room with a short one.
    const first = (widths[0] ?? 0) / (step.month ? 2 : 1);
    const widest = Math.max(first, ...widths.slice(1).map((w, i) => (w + (widths[i] ?? 0)) / 2));
    if (widest * AXIS.timeLabelRoom > room) continue;
    // Labelled every few days: on the marks' days, where there are marks.
    const marked =
      step.unit === "day" && step.every > 1 ? markedDays(marks, from, to, width, fontSize) : last;
    return marked.ticks.length ? marked : last;
  }
  return last;
}

/**
 * The marks' days inside [from, to] as day ticks, labelled on the day each names: the latest always,
 * then each earlier one that keeps AXIS.timeLabelRoom from the one after it (labels measured with
 * their year, the widest they can be).
 */
function markedDays(
  marks: readonly Date[],
  from: Date,
  to: Date,
  width: number,
  fontSize: number,
): TimeTicks {
  const days = [...new Set(marks.map((d) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())))]
    .filter((t) => t >= +from && t + DAY <= +to)
    .sort((a, b) => b - a);
  const px = (t: number) => ((t + DAY / 2 - +from) / (+to - +from)) * width;
  const label = (t: number) => textWidth(EVERY_DAY.full(new Date(t)), fontSize);
  const kept: number[] = [];
  for (const t of days) {
    const after = kept[kept.length - 1];
    if (after === undefined || px(after) - px(t) >= ((label(t) + label(after)) / 2) * AXIS.timeLabelRoom)
      kept.push(t);
  }
  return labelled(
    EVERY_DAY,
    kept.reverse().map((t) => new Date(t)),
  );
}

/**
 * The step's labels: the full label on the first tick and wherever the year changes, the month's where
 * the month changes (day numbers), the short one between.
 */
function labelled(step: Step, ticks: readonly Date[]): TimeTicks {
  const labels = new Map(
    ticks.map((t, i) => {
      const before = ticks[i - 1];
      const full = !before || before.getUTCFullYear() !== t.getUTCFullYear();
      const newMonth = step.month && before && before.getUTCMonth() !== t.getUTCMonth();
      return [+t, full ? step.full(t) : newMonth && step.month ? step.month(t) : step.short(t)];
    }),
  );
  return {
    ticks: [...ticks],
    format: (d) => labels.get(+d) ?? step.full(d),
    labelShift: step.unit === "day" ? DAY / 2 : 0,
  };
}

function ticksFor(step: Step, from: Date, to: Date): Date[] {
  const out: Date[] = [];
  if (step.unit === "day") {
    // Whole days inside [from, to): a day's tick is its start, and its label needs the day after it.
    // Every few days: at fixed days of each month, every `every` days from the 1st while a whole step
    // fits in February (the 1st, 8th, 15th and 22nd for a week), not wherever the axis happens to start.
    const first = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
    for (let t = first; t + DAY <= +to; t += DAY) {
      const i = new Date(t).getUTCDate() - 1;
      if (t >= +from && (step.every === 1 || (i % step.every === 0 && i + step.every <= 28)))
        out.push(new Date(t));
    }
    return out;
  }
  // Months aligned to the calendar: every 3 months falls on January, April, July, October.
  let m =
    from.getUTCFullYear() * 12 +
    from.getUTCMonth() +
    (+from > Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1) ? 1 : 0);
  m += (step.every - (m % step.every)) % step.every;
  for (; ; m += step.every) {
    const d = new Date(Date.UTC(Math.floor(m / 12), m % 12, 1));
    if (+d > +to) break;
    out.push(d);
  }
  return out;
}
