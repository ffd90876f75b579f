/**
 * Spacing and type of the timeline (src/forms/timeline*.ts), per plot size, as ./forms.ts gives
 * them for the other forms: header labels, brackets and rules, lanes and their bars and markers,
 * the axis and the list of events by number.
 */
import { bySize } from "./type.ts";

/** A timeline of closures and events (src/forms/timeline*.ts). */
export interface TimelineStyle {
  /**
   * Line height of lane titles, rule labels and listed events, as a multiple of the label type size
   * (rounded).
   */
  leading: number;
  /**
   * A numbered event marker: its radius, the size of its number (two digits fit inside in the widest font)
   * and the space between two markers stacked in rows.
   */
  marker: { r: number; numberSize: number; gap: number };
  /** The plain dot of an event on the social card's teaser, which lists no events. */
  teaserMarkerR: number;
  /**
   * At most this many events are marked and listed (the weightiest, then the latest); fewer in a summarised
   * long view.
   */
  listMax: number;
  summaryListMax: number;
  /**
   * The axis reaches this share of the span before the first day and after the last, and at least this many
   * days (by the chart's tick unit).
   */
  domain: { pad: number; minPadDays: { day: number; month: number } };
  /**
   * Header labels (brackets' and rules' labels) stack this far apart, moving down in steps; then this space
   * to the first lane.
   */
  header: { clearance: number; step: number; after: number };
  /**
   * A bracket for a period known only to the year or month: its label's line height is the lanes'
   * less `leadingCut`, never cut with an ellipsis (the card's fit check holds its height); the line sits `gap` under
   * its label, its end ticks are `tick` long, texts keep `clearance` off it, and `after` follows it.
   */
  bracket: {
    leadingCut: number;
    gap: number;
    tick: number;
    clearance: number;
    after: number;
  };
  /**
   * A dated rule's label: beside the rule by `labelGap`, on its right when the rule is left of `rightOfShare`
   * of the width, wrapped to the room beside it less `roomGap` but never narrower than `minWidth`.
   */
  rule: { labelGap: number; roomGap: number; minWidth: number; rightOfShare: number };
  /**
   * A lane: space under its title (wrapped, never cut), its bar's height, space under the bar, after its
   * marker rows, and after the row of events at no lane.
   */
  lane: {
    underTitle: number;
    barHeight: number;
    underBar: number;
    afterMarkers: number;
    afterLoose: number;
  };
  /**
   * An event labelled on the chart (./timelineLabels.ts): wrapped to `maxShare` of the width, `inset` beside
   * its leader, `gap` under the label above it, kept `margin` off every other label, `after` above the axis;
   * a summarised view labels each event on its own when their labels take at most `maxHeight`.
   */
  eventLabel: {
    maxShare: number;
    inset: number;
    gap: number;
    margin: number;
    after: number;
    maxHeight: number;
  };
  /** A closure whose start is not dated fades out to the plot's left edge in this many pale pieces. */
  fade: { pieces: number };
  /** The ring at the end of a closure still in force: radius and stroke. */
  openEnd: { r: number; stroke: number };
  /**
   * The axis's tick labels sit `labelOffset` under it, take at least `labelLeading` of their size, and
   * `after` follows them.
   */
  axis: { labelOffset: number; labelLeading: number; after: number };
  /**
   * The list of events by number: text `textGap` after its marker and wrapped `endRoom` short of the width;
   * the marker's centre `numberDrop` ems under the text's top; `after` each entry, `bottom` under the last.
   */
  list: { textGap: number; endRoom: number; numberDrop: number; after: number; bottom: number };
}

const TIMELINE_WEB: TimelineStyle = {
  leading: 1.3,
  marker: { r: 8, numberSize: 10, gap: 2 },
  teaserMarkerR: 5,
  listMax: 14,
  summaryListMax: 8,
  domain: { pad: 0, minPadDays: { day: 0, month: 0 } },
  header: { clearance: 3, step: 4, after: 8 },
  bracket: { leadingCut: 2, gap: 4, tick: 6, clearance: 1, after: 10 },
  rule: { labelGap: 5, roomGap: 6, minWidth: 90, rightOfShare: 0.6 },
  lane: {
    underTitle: 4,
    barHeight: 12,
    underBar: 6,
    afterMarkers: 10,
    afterLoose: 6,
  },
  eventLabel: { maxShare: 0.48, inset: 5, gap: 6, margin: 4, after: 8, maxHeight: 200 },
  fade: { pieces: 4 },
  openEnd: { r: 3.5, stroke: 2 },
  axis: { labelOffset: 6, labelLeading: 1.2, after: 14 },
  list: { textGap: 8, endRoom: 2, numberDrop: 0.55, after: 4, bottom: 2 },
};

export const TIMELINE = bySize(
  TIMELINE_WEB,
  {
    listMax: 10,
    summaryListMax: 6,
    // The phone's numbers at its least type size (MOBILE_MIN_TYPE), in a marker wide enough for two digits.
    marker: { r: 9, numberSize: 12, gap: 2 },
    eventLabel: { maxShare: 0.62, inset: 5, gap: 6, margin: 4, after: 8, maxHeight: 260 },
  },
  // The social card's dense style: lanes, header, axis and key set tight, so the card keeps to
  // 1200 × 675 unscaled (its one-line lane titles and terse key: src/forms/timelineCard.ts).
  {
    leading: 1.1,
    teaserMarkerR: 4,
    // The card's numbers at its least type size (22 px on the 1200 px card), in a marker just round them.
    marker: { r: 7, numberSize: 11, gap: 1 },
    header: { clearance: 2, step: 3, after: 3 },
    bracket: { leadingCut: 0, gap: 2, tick: 4, clearance: 1, after: 3 },
    lane: {
      underTitle: 1,
      barHeight: 7,
      underBar: 2,
      afterMarkers: 1,
      afterLoose: 1,
    },
    openEnd: { r: 3, stroke: 1.5 },
    axis: { labelOffset: 4, labelLeading: 1.1, after: 2 },
    list: { textGap: 6, endRoom: 2, numberDrop: 0.55, after: 0, bottom: 0 },
  },
);
