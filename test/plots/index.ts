/**
 * Renderer fixtures. Each export is one golden file: test/output/<name>.svg.
 * Fixtures exercise the frame, wrapping, legends, qualifiers, escaping, ids and
 * the mobile size; the real charts are guarded by npm run charts -- --check.
 */
import * as Plot from "@observablehq/plot";
import type { ChartSpec, Size } from "../../src/chart.ts";
import { barRows } from "../../src/forms/barRows.ts";
import { eventList } from "../../src/forms/eventList.ts";
import { rangeDots } from "../../src/forms/rangeDots.ts";
import { reportsOverTime } from "../../src/forms/reportsOverTime.ts";
import { statBlocks } from "../../src/forms/statBlocks.ts";
import { timeline } from "../../src/forms/timeline.ts";
import { SERIES } from "../../src/style/index.ts";
import { row } from "./fixtures.ts";

export interface Fixture {
  size: Size;
  chart: ChartSpec;
}

const rows = [row("held", 132, "wire-1", "Officials", 2), row("held", 128, "paper-1", "unattributed", 3)];

export function frameWeb(): Fixture {
  return {
    size: "web",
    chart: {
      id: "frame-web",
      headline: "Two reports of the same day give different counts",
      subtitle: "Hostages held, as reported on 7 May 2024",
      alt: "Two bars: 132 and an estimated 128.",
      notes: [
        "A note that is long enough to wrap onto a second line at the web width, so wrapping of notes is covered by this fixture.",
      ],
      // Each swatch matches a mark (the build checks it): the bars are drawn in the report colour.
      legend: [{ label: "Reported figure", color: "#1f5c99", shape: "square" }],
      rows,
      plot: barRows([
        {
          title: "Held",
          bars: [
            { label: "Officials via Wire Agency", value: 132, text: "132" },
            { label: "News report", value: 128, text: "an estimated 128" },
          ],
        },
      ]),
    },
  };
}

export function frameMobile(): Fixture {
  const web = frameWeb().chart;
  return {
    size: "mobile",
    chart: {
      ...web,
      id: "frame-mobile",
      // Three lines at 360 px, the most a headline may take there.
      headline: "A longer headline that has to wrap over three lines at the phone width",
    },
  };
}

export function qualifierLabels(): Fixture {
  return {
    size: "web",
    chart: {
      id: "qualifier-labels",
      headline: "Qualifiers stay with their figures",
      subtitle: "Killed and injured, people",
      alt: "at least 34,789 killed; more than 171,000 injured; nearly 15,000; up to 2,000",
      legend: [
        { label: "Killed", color: "#1f5c99", shape: "circle" },
        { label: "Injured", color: "#c4560e", shape: "ring" },
      ],
      rows,
      plot: reportsOverTime(
        [
          {
            date: new Date(Date.UTC(2024, 4, 7)),
            value: 34789,
            series: "killed",
            label: "at least 34,789",
            who: "Officials via Wire Agency",
          },
          {
            date: new Date(Date.UTC(2026, 0, 6)),
            value: 71400,
            series: "killed",
            label: "more than 71,400",
            who: "News report",
          },
          {
            date: new Date(Date.UTC(2026, 0, 6)),
            value: 171000,
            series: "injured",
            label: "more than 171,000",
            who: "News report",
          },
        ],
        SERIES,
      ),
    },
  };
}

export function escaping(): Fixture {
  const evil = `<script>alert("x")</script> & 'quotes' "double" <b>`;
  return {
    size: "mobile",
    chart: {
      id: "escaping",
      headline: `Headline ${evil}`,
      subtitle: `Subtitle ${evil}`,
      alt: `Alt ${evil}`,
      notes: [`Note ${evil}`],
      legend: [{ label: `Legend ${evil}`, color: "#1f5c99", shape: "square" }],
      rows: [row(evil, 1, "wire-1", `Reporter ${evil}`, 2)],
      plot: barRows([
        { title: `Group ${evil}`, bars: [{ label: `Bar ${evil}`, value: 1, text: `1 ${evil}` }] },
      ]),
    },
  };
}

export function clipAndMarkerIds(): Fixture {
  return {
    size: "web",
    chart: {
      id: "clip-ids",
      headline: "Plot's clip and marker ids are renamed per chart",
      subtitle: "A line with markers, clipped",
      alt: "A clipped line with markers.",
      rows,
      plot: () => ({
        options: {
          height: 120,
          marks: [
            Plot.lineY([1, 3, 2, 4], { marker: "circle", clip: true }),
            Plot.areaY([1, 2, 1, 3], { clip: true, fillOpacity: 0.2 }),
          ],
        },
      }),
    },
  };
}

export function timelineMobile(): Fixture {
  const d = (m: number, day: number, y = 2024) => new Date(Date.UTC(y, m - 1, day));
  return {
    size: "mobile",
    chart: {
      id: "timeline-mobile",
      headline: "A timeline with a closure, a rule, a band and events",
      subtitle: "Crossing closures, May 2024 to January 2026",
      alt: "Timeline.",
      rows,
      plot: timeline({
        domain: { from: d(5, 1), to: d(1, 25, 2026) },
        ticks: "month",
        lanes: [
          {
            title: "Crossing A: closed since May 2024",
            crossing: "rafah",
            intervals: [{ from: d(5, 1), to: d(1, 6, 2026), fuzzyUntil: d(5, 7), open: true }],
          },
        ],
        events: [
          { date: d(5, 7), crossing: "rafah", label: "Seized (Wire Agency)", rank: 1 },
          {
            date: d(1, 25, 2026),
            crossing: "rafah",
            label: "Understanding to reopen reported (News report)",
            rank: 3,
          },
        ],
        rules: [{ date: d(10, 10, 2025), label: "Ceasefire, 10 Oct 2025" }],
        brackets: [
          {
            date: d(1, 1, 2025),
            precision: "year",
            label: "Open under an earlier ceasefire, 2025, dates not reported",
          },
        ],
      }),
    },
  };
}

export function statBlocksWeb(): Fixture {
  return {
    size: "web",
    chart: {
      id: "stat-blocks",
      headline: "Big numbers for a few counts",
      subtitle: "Hostages after the ceasefire",
      alt: "All released; 28 returned; one still held.",
      rows,
      plot: statBlocks([
        {
          title: "Living hostages released",
          figure: "",
          words: "All, no number given",
          reports: ["6 Jan 2026 · News report"],
        },
        { title: "Remains returned", figure: "28", reports: ["6 Jan 2026 · News report"] },
        {
          title: "Still held",
          figure: "1",
          hedge: "believed",
          reports: [
            "6 Jan 2026 · A",
            "6 Jan 2026 · B",
            "25 Jan 2026 · C",
            "26 Jan 2026 · D",
            "27 Jan 2026 · E",
          ],
        },
      ]),
    },
  };
}

export function eventListMobile(): Fixture {
  const d = (day: number) => new Date(Date.UTC(2026, 0, day));
  return {
    size: "mobile",
    chart: {
      id: "event-list",
      headline: "Events listed by day",
      subtitle: "Events at a crossing, January 2026",
      alt: "Two days of events.",
      rows,
      plot: eventList([
        { date: d(6), text: "Rafah: Conditions set", by: "Officials via Wire Agency" },
        { date: d(25), text: "Rafah: Understanding reported", by: "News report" },
        { date: d(25), text: "Rafah: Could open later this week", by: "News report" },
      ]),
    },
  };
}

/**
 * A list led by its news, as crossings-jan-2026: the news set apart under its own heading, then every
 * heading newest first, a week by its last day, the rest of the news's heading among them.
 */
export function eventListLed(): Fixture {
  const d = (day: number) => new Date(Date.UTC(2026, 0, day));
  return {
    size: "web",
    chart: {
      id: "event-list-led",
      headline: "Events listed, led by the news",
      subtitle: "Events at a crossing, January 2026",
      alt: "The news, then five headings newest first.",
      rows,
      plot: eventList([
        { date: d(6), precision: "by", text: "Conditions set", by: "Officials via Wire Agency" },
        { date: d(6), text: "Still closed", by: "News report" },
        { date: d(24), text: "Envoys urge reopening", by: "News report" },
        { date: d(25), precision: "by", text: "Understanding reported", by: "News report", focus: true },
        { date: d(25), precision: "by", text: "Calls to reopen", by: "Officials via Wire Agency" },
        { date: d(25), precision: "week", text: "Could open later this week", by: "News report" },
      ]),
    },
  };
}

export function rangeDotsWeb(): Fixture {
  return {
    size: "web",
    chart: {
      id: "range-dots",
      headline: "Two reports differ on the count: dots on an axis not from zero",
      subtitle: "Hostages held, and of them dead, as reported on 7 May 2024",
      alt: "Held: an estimated 128 (News report) and 132 (Officials via Wire Agency). Dead: 36 and 37 (believed).",
      rows,
      plot: rangeDots([
        {
          title: "Of those, dead",
          focus: false,
          dots: [
            { value: 36, text: "36", who: "Officials via Wire Agency" },
            { value: 37, text: "37 (believed)", who: "News report" },
          ],
        },
        {
          title: "Held",
          dots: [
            { value: 132, text: "132", who: "Officials via Wire Agency" },
            { value: 128, text: "an estimated 128", who: "News report" },
            { value: null, text: "all", who: "Another report" },
          ],
        },
      ]),
    },
  };
}

export function barRowsFocus(): Fixture {
  return {
    size: "mobile",
    chart: {
      id: "bar-rows-focus",
      headline: "The bars the headline is about first, in the accent colour",
      subtitle: "People sheltering, as reported on 7 May 2024",
      alt: "Sheltering in Rafah: 1.4m. Sheltering in Al-Muwasi: more than 400,000.",
      rows,
      plot: barRows([
        { title: "Sheltering in Rafah", bars: [{ label: "UN via Wire Agency", value: 1.4e6, text: "1.4m" }] },
        {
          title: "Sheltering in Al-Muwasi",
          bars: [{ label: "UNRWA via Wire Agency", value: 4e5, text: "more than 400,000", focus: false }],
        },
      ]),
    },
  };
}
