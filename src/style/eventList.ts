/**
 * Spacing and limits of the event list (src/forms/eventList*.ts), per plot size, as ./forms.ts gives them
 * for the other forms: line heights, the space around days and events, the bullets, how many events and
 * how tall a list may be, and the space that sets its news apart.
 */
import { bySize } from "./type.ts";

/** Events listed by day (src/forms/eventList.ts). */
export interface EventListStyle {
  /**
   * Line height of the events and day headings, as a multiple of the value type size (rounded to whole px).
   */
  leading: number;
  /**
   * At most this many events are listed, the most newsworthy, and only as many as keep the list within
   * `maxHeight` px; a note names what is left out ("Not drawn at this size: …").
   */
  maxEvents: number;
  maxHeight: number;
  /** The news leading the list is set apart from the rest by this much space, a thin rule at its middle. */
  lead: { gap: number };
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
  /**
   * The bullet before each event: its centre's x, its radius, and how far above the middle of the first line
   * it sits.
   */
  bullet: { x: number; r: number; raise: number };
}

const EVENT_LIST_WEB: EventListStyle = {
  leading: 1.35,
  maxEvents: 14,
  maxHeight: 900,
  lead: { gap: 20 },
  top: 2,
  underDay: 2,
  afterEvent: 4,
  afterDay: 8,
  indent: 16,
  bullet: { x: 5, r: 3, raise: 1 },
};

// The phone lists the same events as the web while they fit: its list may run longer, as its lines wrap.
export const EVENT_LIST = bySize(EVENT_LIST_WEB, { maxHeight: 1200 });
