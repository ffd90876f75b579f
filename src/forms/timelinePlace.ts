/**
 * A timeline's events, marked in their lanes and labelled, pure. A summarised long view groups the
 * events of one day and crossing under one marker ("…, and two more events") only when the placer
 * cannot label each event on its own within the style's height budget (eventLabel.maxHeight) or
 * leaves one unlabelled; the social card follows the web chart's choice, so it keys what the web
 * chart labels.
 */
import type { TimelineStyle } from "../style/index.ts";
import { listEvents, type ListedEvents, type TimelineEvent } from "./timelineEvents.ts";
import { eventLabels, type EventLabels } from "./timelineLabels.ts";
import { lanesLayout, type Lanes, type LanesContext, type TimelineLane } from "./timelineLanes.ts";

export interface PlacedEvents {
  listed: ListedEvents;
  laid: Lanes;
  placed: EventLabels;
  /** Whether events of a day and crossing are grouped under one marker. */
  grouped: boolean;
}

/**
 * The events marked and labelled from `top`: each on its own when that fits (or when not
 * summarising), else grouped; `grouped` forces the choice (the card takes the web chart's).
 */
export function placeEvents(
  lanes: readonly TimelineLane[],
  o: { events: readonly TimelineEvent[]; summarise: boolean; onChart: boolean; grouped?: boolean },
  top: number,
  c: LanesContext & { style: TimelineStyle },
): PlacedEvents {
  const at = (grouped: boolean): PlacedEvents => {
    const max = grouped ? c.style.summaryListMax : c.style.listMax;
    // The card's key is terse (./timelineCard.ts).
    const listed = listEvents(o.events, grouped, max, c.teaser);
    const laid = lanesLayout(lanes, listed.markers, top, c);
    const placed = o.onChart
      ? eventLabels(laid.markers, listed.entries, laid.bottom, c)
      : { labels: [], leaders: [], bottom: laid.bottom, unlabelled: 0 };
    return { listed, laid, placed, grouped };
  };
  if (!o.summarise) return at(false);
  if (o.grouped !== undefined) return at(o.grouped);
  if (!o.onChart) return at(true);
  const each = at(false);
  const fits =
    each.placed.unlabelled === 0 &&
    each.listed.unlisted === 0 &&
    each.placed.bottom - each.laid.bottom <= c.style.eventLabel.maxHeight;
  return fits ? each : at(true);
}
