/**
 * A stress dataset for layout tests: the seed tables plus 30 toll reports from six outlets (some
 * of one day that disagree) and 20 events at both crossings with long labels, some on one day.
 * Built in process from edited seed tables, like the scenario tests.
 */
import { article, story, type Story } from "../scenarios/harness.ts";

const DAY = 86_400_000;
const OUTLETS = ["AFP", "Reuters", "Financial Times", "Al Jazeera", "", "The Times of Israel"];
const REPORTERS = ["Gaza health ministry", "Israeli military", "UN", "unattributed"];
const LABELS = [
  "Talks on reopening the crossing under a new arrangement with European monitors",
  "Closed again after a strike nearby",
  "Expected to reopen for aid trucks within days",
  "Reopening tied to the return of hostages' remains",
  "Aid convoy turned back at the gate",
];
const KINDS = ["talks", "closure", "reopening_expected", "reopening_condition", "talks"];

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

export function stressStory(): Story {
  return story((t) => {
    const start = Date.UTC(2024, 5, 3);
    const articles = new Set<string>();
    const source = (day: string, i: number) => {
      const outlet = OUTLETS[i % OUTLETS.length] ?? "";
      const id = `stress-${i % OUTLETS.length}-${day}`;
      if (!articles.has(id)) {
        article(t, id, day, outlet);
        articles.add(id);
      }
      return id;
    };
    for (let i = 0; i < 30; i++) {
      // Pairs of reports on one day every fifth report; the rest 19 days apart.
      const day = iso(start + Math.floor(i - Math.floor(i / 5)) * 19 * DAY);
      const injured = i % 3 === 2;
      t.casualties.add({
        measure: injured ? "injured" : "killed",
        who: "people",
        scope: "war",
        place: "Gaza",
        value: (injured ? 80000 : 36000) + i * 1300 + (i % 5 === 4 ? 700 : 0),
        qualifier: i % 4 === 0 ? "at least" : "more than",
        as_of: day,
        reported_by: REPORTERS[i % REPORTERS.length] ?? "unattributed",
        source: source(day, i),
      });
    }
    for (let i = 0; i < 20; i++) {
      const day = iso(start + Math.floor(i * 1.5) * 23 * DAY);
      t.events.add({
        date: day,
        precision: "day",
        crossing: i % 3 === 0 ? "kerem_shalom" : "rafah",
        kind: KINDS[i % KINDS.length] ?? "talks",
        label: `${LABELS[i % LABELS.length] ?? "Talks"} (${i + 1})`,
        reported_by: REPORTERS[(i + 1) % REPORTERS.length] ?? "unattributed",
        source: source(day, i + 1),
      });
    }
  });
}
