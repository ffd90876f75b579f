/**
 * Spacing and type of the chart forms (src/forms/), per plot size: every size, gap, radius and
 * line height a form draws with, named for what it is, so a change of house style is an edit here.
 * Type sizes themselves are the plot's type scale (PLOT_TYPE in ./type.ts); line heights are given
 * as multiples of their font size ("leading"). Each form reads its section for the size it draws at;
 * the social card's plot is drawn at web size.
 */
import type { PlotSize } from "./type.ts";

/** Events listed by day (src/forms/eventList.ts). */
export interface EventListStyle {
  /** Line height of the events and day headings, as a multiple of the value type size (rounded to whole px). */
  leading: number;
  /** At most this many events are listed, the latest; a note says how many earlier ones are left out. */
  maxEvents: number;
  /** Space above the first day's heading. */
  top: number;
  /** Space between a day's heading and its first event, added to a line height. */
  underDay: number;
  /** Space after an event's last line. */
  afterEvent: number;
  /** Space after a day's last event, before the next day's heading. */
  afterDay: number;
  /** How far an event's text is indented from the day heading; its bullet sits in the indent. */
  indent: number;
  /** The bullet before each event: its centre's x, its radius, and how far above the middle of the first line it sits. */
  bullet: { x: number; r: number; raise: number };
}

const EVENT_LIST_WEB: EventListStyle = {
  leading: 1.35,
  maxEvents: 14,
  top: 2,
  underDay: 2,
  afterEvent: 4,
  afterDay: 8,
  indent: 16,
  bullet: { x: 5, r: 3, raise: 1 },
};

export const EVENT_LIST: Record<PlotSize, EventListStyle> = {
  web: EVENT_LIST_WEB,
  mobile: { ...EVENT_LIST_WEB, maxEvents: 10 },
};
