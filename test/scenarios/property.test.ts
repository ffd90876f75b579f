/**
 * Random sequences of valid edits to the seed tables — add, remove, change or reorder rows drawn
 * from the schemas — and what must hold for any of them: no crash, no broken words, counts that
 * agree with their nouns, numbers that trace to the rows a sentence cites, latest sentences that
 * cite the latest rows, unique ids, and marks inside their charts. One case in ten is rendered:
 * when the tables load and every notebook builds (what npm run check promises), rendering must
 * not fail either, so a passing check means a passing npm run charts.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { SIZES, type ChartSpec, type Size } from "../../src/chart.ts";
import { sourceLine } from "../../src/cite/sourceLine.ts";
import { HOSTAGE_MEASURES, EVENT_KINDS } from "../../src/data/schema.ts";
import { formatCompact, formatNumber } from "../../src/format/number.ts";
import { QUALIFIERS } from "../../src/format/qualifier.ts";
import { renderSvg } from "../../src/render/renderSvg.ts";
import { parseXml } from "../helpers.ts";
import { article, NOTEBOOKS, type Tables, Table, seed } from "./harness.ts";
import { parseData } from "../../src/data/load.ts";
import { names as namesOf } from "../../src/cite/names.ts";
import { buildNotebook } from "../../src/notebook/buildNotebook.ts";
import type { Notebook } from "../../src/notebook/types.ts";

const DAY = 86_400_000;
const START = Date.UTC(2023, 9, 7);
const END = Date.UTC(2026, 10, 20);
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

const reporter = fc.constantFrom(
  "unattributed",
  "Gaza health ministry",
  "Israeli officials",
  "Hamas",
  "UN",
  "Walla",
  "three sources, cited by Reuters",
  "a reporter missing from reporters.csv",
  "مصادر طبية",
);
const publisher = fc.constantFrom("", "AFP", "Financial Times", "Reuters");
const day = fc.integer({ min: 0, max: Math.floor((END - START) / DAY) }).map((n) => START + n * DAY);
const count = fc.oneof(fc.constantFrom(0, 1, 2, 9, 10), fc.integer({ min: 0, max: 2_000_000 }));
const qualifier = fc.constantFrom(...QUALIFIERS);

/** An edit: a function of the tables and a counter for new article ids. */
type Edit = { name: string; apply: (t: Tables, n: number) => void };

/** Each added row cites a new article published on its day (the loader refuses rows dated after their article). */
const withArticle = (when: number, pub: string, t: Tables, n: number) => {
  const id = `gen-${n}`;
  article(t, id, isoDay(when), pub);
  return id;
};

const addCasualty = fc
  .record({
    measure: fc.constantFrom("killed", "injured"),
    who: fc.constantFrom("people", "Palestinians", "Israeli soldiers"),
    scope: fc.constantFrom("war", "since_ceasefire", "october_7_attack", "incident"),
    place: fc.constantFrom("Gaza", "Gaza City", "Kerem Shalom", "Israel"),
    value: count,
    qualifier,
    when: day,
    reported_by: reporter,
    pub: publisher,
  })
  .map((r): Edit => ({
    name: `casualty ${r.measure} ${r.scope} ${r.value} ${isoDay(r.when)}`,
    apply: (t, n) =>
      t.casualties.add({ ...r, as_of: isoDay(r.when), source: withArticle(r.when, r.pub, t, n) }),
  }));

const addHostage = fc
  .record({
    measure: fc.constantFrom(...HOSTAGE_MEASURES),
    value: count,
    qualifier: fc.constantFrom(...QUALIFIERS, "all"),
    when: day,
    reported_by: reporter,
    pub: publisher,
  })
  .map((r): Edit => ({
    name: `hostage ${r.measure} ${r.qualifier} ${r.value} ${isoDay(r.when)}`,
    apply: (t, n) =>
      t.hostages.add({
        ...r,
        value: r.qualifier === "all" ? "" : r.value,
        as_of: isoDay(r.when),
        source: withArticle(r.when, r.pub, t, n),
      }),
  }));

const addClosure = fc
  .record({
    crossing: fc.constantFrom("rafah", "kerem_shalom"),
    from: day,
    length: fc.integer({ min: 0, max: 400 }),
    ended: fc.boolean(),
    lag: fc.integer({ min: 0, max: 60 }),
    month: fc.boolean(),
    reported_by: reporter,
    pub: publisher,
  })
  .map((r): Edit => {
    const fromDay = new Date(r.from);
    const from = r.month ? Date.UTC(fromDay.getUTCFullYear(), fromDay.getUTCMonth(), 1) : r.from;
    const to = Math.min(from + r.length * DAY, END);
    const asOf = Math.min(to + r.lag * DAY, END);
    return {
      name: `closure ${r.crossing} ${isoDay(from)} ${r.ended ? isoDay(to) : "open"} as of ${isoDay(asOf)}`,
      apply: (t, n) =>
        t.closures.add({
          crossing: r.crossing,
          from: isoDay(from),
          from_precision: r.month ? "month" : "day",
          to: r.ended ? isoDay(to) : "",
          as_of: isoDay(asOf),
          reported_by: r.reported_by,
          source: withArticle(asOf, r.pub, t, n),
        }),
    };
  });

const addEvent = fc
  .record({
    kind: fc.constantFrom(...EVENT_KINDS),
    crossing: fc.constantFrom("rafah", "kerem_shalom", "none"),
    when: day,
    precision: fc.constantFrom("day", "day", "day", "month", "year"),
    label: fc.constantFrom("Talks", "Reopens", "Closed again", "Staffed by monitors"),
    reported_by: reporter,
    pub: publisher,
  })
  .map((r): Edit => {
    const d = new Date(r.when);
    const date =
      r.precision === "year"
        ? Date.UTC(d.getUTCFullYear(), 0, 1)
        : r.precision === "month"
          ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)
          : r.when;
    return {
      name: `event ${r.kind} ${r.crossing} ${isoDay(date)} ${r.precision}`,
      apply: (t, n) => t.events.add({ ...r, date: isoDay(date), source: withArticle(r.when, r.pub, t, n) }),
    };
  });

const addHumanitarian = fc
  .record({
    measure: fc.constantFrom("sheltering", "displaced", "fuel", "reproductive_health", "troops_offered"),
    place: fc.constantFrom("Rafah", "Al-Muwasi", "Gaza", "Turkey"),
    who: fc.constantFrom("", "people", "displaced Palestinians", "women and girls"),
    value: count,
    qualifier,
    when: day,
    reported_by: reporter,
    pub: publisher,
  })
  .map((r): Edit => ({
    name: `humanitarian ${r.measure} ${r.place} ${r.value}`,
    apply: (t, n) =>
      t.humanitarian.add({
        ...r,
        unit: r.measure === "fuel" ? "days" : r.measure === "troops_offered" ? "soldiers" : "people",
        as_of: isoDay(r.when),
        source: withArticle(r.when, r.pub, t, n),
      }),
  }));

const TABLE_NAMES = ["casualties", "hostages", "closures", "events", "humanitarian"] as const;
const pickTable = fc.constantFrom(...TABLE_NAMES);

const removeRow = fc.record({ table: pickTable, at: fc.nat() }).map((r): Edit => ({
  name: `remove ${r.table} #${r.at}`,
  apply: (t) => {
    const table = t[r.table];
    if (table.rows.length) table.rows.splice(r.at % table.rows.length, 1);
  },
}));

const changeValue = fc
  .record({
    table: fc.constantFrom("casualties", "hostages", "humanitarian" as const),
    at: fc.nat(),
    value: count,
  })
  .map((r): Edit => ({
    name: `change ${r.table} #${r.at} to ${r.value}`,
    apply: (t) => {
      const table: Table = t[r.table];
      const row = table.rows[r.at % Math.max(1, table.rows.length)];
      if (row && table.get(row, "value") !== "") row[table.header.indexOf("value")] = String(r.value);
    },
  }));

const reorder = pickTable.map((table): Edit => ({
  name: `reverse ${table}`,
  apply: (t) => t[table].reverse(),
}));

const edits = fc.array(
  fc.oneof(
    addCasualty,
    addHostage,
    addClosure,
    addEvent,
    addHumanitarian,
    removeRow,
    removeRow,
    changeValue,
    reorder,
  ),
  {
    minLength: 1,
    maxLength: 6,
  },
);

const BROKEN = /\b(undefined|NaN|null|Invalid Date)\b|\[object /;
const SMALL = "(?:two|three|four|five|six|seven|eight|nine|[2-9])";
const AGREEMENT: RegExp[] = [
  /\b(?:0|zero|no) (?:hostage|person|report|day|figure|Palestinian|soldier)\b(?!s)/,
  /\b(?:1|one) (?:hostages|people|reports|days|figures|Palestinians|soldiers)\b/,
  new RegExp(`\\b${SMALL} (?:hostage|person|report|day|figure)\\b(?!s)`),
  /\b[0-9] (?:hostages?|people|person|reports?)\b/,
];
const MONTHS =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec";
/** Dates and durations in a sentence are not figures: take them out before looking for numbers. */
const NOT_FIGURES = new RegExp(
  `\\b\\d{1,2}(?:(?:, | and | or | to |–)\\d{1,2})* (?:${MONTHS})(?: \\d{4})?|(?:${MONTHS}) \\d{4}|\\b\\d{4}\\b|\\b\\d+ (?:months?|days?) of closure|more than \\d+ months`,
  "g",
);

function texts(nb: Notebook): string[] {
  return [
    ...nb.sentences.map((s) => s.text),
    ...nb.charts.flatMap((c) => [
      c.headline,
      c.subtitle,
      c.alt,
      ...(c.notes ?? []),
      ...(c.legend ?? []).map((l) => l.label),
    ]),
    ...nb.disagreements.flatMap((d) => [d.topic, ...d.reports.flatMap((r) => [r.figure, r.by])]),
  ];
}

function marksInside(root: Element, size: Size): boolean {
  for (const el of root.querySelectorAll("circle, rect")) {
    if (el.closest("[class$='-legend']") || el.getAttribute("class")?.endsWith("-background")) continue;
    const x = Number(el.getAttribute("cx") ?? el.getAttribute("x") ?? 0);
    const w = Number(el.getAttribute("width") ?? 0);
    if (x < -0.5 || x + w > SIZES[size].width + 0.5) return false;
  }
  return true;
}

test("any sequence of valid edits gives whole, agreeing, traceable text and marks inside their charts (500 cases); when every notebook builds, every chart renders (check passes ⇒ charts passes)", () => {
  let built = 0;
  let rendered = 0;
  const details = fc.check(
    fc.property(edits, fc.nat(), (list, salt) => {
      const tables = seed();
      list.forEach((e, i) => e.apply(tables, i));
      const enc = new TextEncoder();
      const loaded = parseData(
        Object.fromEntries(Object.entries(tables).map(([k, t]) => [k, enc.encode(t.toString())])),
      );
      // An edit the loader refuses (two identical rows, say) is check's business, not the story's.
      if (!loaded.ok) return;
      built++;
      const names = namesOf(loaded.data);
      for (const [id, def] of Object.entries(NOTEBOOKS)) {
        const nb = buildNotebook(def, loaded.data, `notebooks/${id}.ts`, names);
        for (const f of nb.failures)
          assert.ok(
            f.userError,
            `internal failure: ${f.message}\n${f.error.cause instanceof Error ? f.error.cause.stack : ""}`,
          );
        const all = [...texts(nb), ...nb.charts.map((c) => sourceLine(c.rows, names))];
        for (const text of all) {
          assert.doesNotMatch(text, BROKEN, text);
          for (const re of AGREEMENT) assert.doesNotMatch(text, re, text);
        }
        assert.equal(
          new Set(nb.sentences.map((s) => s.id)).size,
          nb.sentences.length,
          "sentence ids are unique",
        );
        for (const s of nb.sentences) {
          const cited = new Set(
            s.rows.flatMap((r) => {
              const v = "value" in r && typeof r.value === "number" ? r.value : null;
              return v === null ? [] : [formatNumber(v), formatCompact(v)];
            }),
          );
          for (const n of s.text.replace(NOT_FIGURES, "").match(/\d[\d,.]*m?/g) ?? []) {
            assert.ok(cited.has(n.replace(/[.,]$/, "")), `${n} in "${s.text}" is not in its rows`);
          }
        }
        const latestCited = (id: string, rows: { as_of: Date }[]) => {
          const s = nb.sentences.find((x) => x.id === id);
          const max = Math.max(...rows.map((r) => +r.as_of));
          const ofMeasure = new Set<object>(rows);
          for (const r of s?.rows ?? []) {
            if (ofMeasure.has(r) && "as_of" in r && r.as_of instanceof Date)
              assert.equal(+r.as_of, max, `${id} cites the latest row`);
          }
        };
        latestCited(
          "toll-latest",
          loaded.data.casualties.filter(
            (r) => r.scope === "war" && r.measure === "killed" && r.place === "Gaza",
          ),
        );
        latestCited(
          "ceasefire-latest",
          loaded.data.casualties.filter(
            (r) => r.scope === "since_ceasefire" && r.measure === "killed" && r.place === "Gaza",
          ),
        );
        latestCited(
          "still-held",
          loaded.data.hostages.filter((r) => r.measure === "still_held"),
        );
        // One case in ten renders one chart of one notebook at both sizes.
        if (salt % 10 === 0 && id === Object.keys(NOTEBOOKS)[salt % 3] && nb.charts.length) {
          const chart: ChartSpec | undefined = nb.charts[salt % nb.charts.length];
          if (chart) {
            rendered++;
            for (const size of ["web", "mobile"] as const) {
              const root = parseXml(
                renderSvg(chart, size, { names, credit: "Graphic: test" }),
              ).documentElement;
              assert.ok(marksInside(root, size), `${chart.id}/${size} has a mark outside the chart`);
            }
          }
        }
      }
    }),
    { numRuns: 500, seed: 20261126 },
  );
  if (details.failed) {
    const [list, salt] = details.counterexample ?? [[], 0];
    const error =
      details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    assert.fail(`after the edits [${list.map((e) => e.name).join("; ")}] (salt ${salt}):\n${error}`);
  }
  assert.ok(built >= 400, `${built} of 500 cases loaded`);
  console.log(`# ${built} of 500 cases loaded and built, ${rendered} rendered`);
  assert.ok(rendered > 0);
});
