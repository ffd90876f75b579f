/**
 * Renderer fixtures. Each export is one golden file: test/output/<name>.svg.
 * Fixtures exercise the frame, wrapping, legends, qualifiers, escaping, ids and
 * the mobile size; the real charts are guarded by npm run charts -- --check.
 */
import * as Plot from "@observablehq/plot";
import type { ChartSpec, Size } from "../../src/chart.ts";
import { barRows } from "../../src/forms/barRows.ts";
import { reportStrip } from "../../src/forms/reportStrip.ts";
import { timeline } from "../../src/forms/timeline.ts";
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
      legend: [
        { label: "Wire Agency", color: "#1d4e89", shape: "square" },
        { label: "Unidentified", color: "#c8553d", shape: "ring" },
      ],
      rows,
      plot: (ctx) =>
        barRows(
          [
            {
              title: "Held",
              bars: [
                { label: "Officials, via Wire Agency", value: 132, text: "132", color: "#1d4e89" },
                { label: "Unidentified publication", value: 128, text: "an estimated 128", color: "#c8553d" },
              ],
            },
          ],
          ctx,
        ),
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
      headline: "A much longer headline that has to wrap over several lines at the phone width of 360 pixels",
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
        { label: "Killed", color: "#1d4e89", shape: "circle" },
        { label: "Injured", color: "#c8553d", shape: "ring" },
      ],
      rows,
      plot: (ctx) =>
        reportStrip(
          [
            {
              title: "7 May 2024 · Officials, via Wire Agency",
              points: [{ value: 34789, series: "killed" }],
              caption: "at least 34,789 killed",
            },
            {
              title: "6 Jan 2026 · news report",
              points: [
                { value: 71400, series: "killed" },
                { value: 171000, series: "injured" },
              ],
              caption: "more than 71,400 killed · more than 171,000 injured · nearly 15,000 · up to 2,000",
            },
          ],
          { killed: { color: "#1d4e89", shape: "circle" }, injured: { color: "#c8553d", shape: "ring" } },
          ctx,
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
      legend: [{ label: `Legend ${evil}`, color: "#1d4e89", shape: "square" }],
      rows: [row(evil, 1, "wire-1", `Reporter ${evil}`, 2)],
      plot: (ctx) =>
        barRows(
          [
            {
              title: `Group ${evil}`,
              bars: [{ label: `Bar ${evil}`, value: 1, text: `1 ${evil}`, color: "#1d4e89" }],
            },
          ],
          ctx,
        ),
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
        height: 120,
        marks: [
          Plot.lineY([1, 3, 2, 4], { marker: "circle", clip: true }),
          Plot.areaY([1, 2, 1, 3], { clip: true, fillOpacity: 0.2 }),
        ],
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
      plot: (ctx) =>
        timeline(
          {
            domain: [d(4, 15), d(2, 15, 2026)],
            ticks: "month",
            lanes: [
              {
                title: "Crossing A: closed from May 2024",
                intervals: [{ from: d(5, 1), to: d(1, 6, 2026), fuzzyUntil: d(6, 1) }],
              },
            ],
            events: [
              { date: d(5, 7), label: "Seized" },
              { date: d(1, 25, 2026), label: "Understanding to reopen reported" },
            ],
            rules: [{ date: d(10, 10, 2025), label: "Ceasefire, 10 Oct 2025" }],
            bands: [{ from: d(1, 1, 2025), to: d(12, 31, 2025), label: "Earlier ceasefire, 2025" }],
          },
          ctx,
        ),
    },
  };
}
