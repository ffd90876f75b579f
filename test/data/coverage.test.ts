import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { loadData } from "../../src/data/load.ts";
import { TABLES } from "../../src/data/schema.ts";

const result = loadData("data");
if (!result.ok) throw new Error("project data does not load");
const data = result.data;

/**
 * Every figure the five articles state, as (table, value, date, reporter, article):
 * the tables must hold each one. A figure dropped from a CSV fails here.
 */
const FIGURES: [keyof typeof data, number | null, string, string, string][] = [
  ["casualties", 34789, "2024-05-07", "Hamas-run Gaza health ministry", "afp-2024-05-07"],
  ["casualties", 1170, "2024-05-07", "AFP tally of Israeli official figures", "afp-2024-05-07"],
  ["casualties", 4, "2024-05-05", "unattributed", "afp-2024-05-07"],
  ["casualties", 71400, "2026-01-06", "unattributed", "qatar-talks-2026-01-06"],
  ["casualties", 171000, "2026-01-06", "unattributed", "qatar-talks-2026-01-06"],
  ["casualties", 422, "2026-01-06", "Palestinian health officials", "qatar-talks-2026-01-06"],
  ["casualties", 1100, "2026-01-06", "Palestinian health officials", "qatar-talks-2026-01-06"],
  ["casualties", 400, "2026-01-06", "Gaza health ministry", "gvili-condition-2026-01-06"],
  ["casualties", 484, "2026-01-25", "Gaza health ministry", "witkoff-talks-2026-01-25"],
  ["casualties", 1321, "2026-01-25", "Gaza health ministry", "witkoff-talks-2026-01-25"],
  ["casualties", 71700, "2026-01-25", "Gaza health authorities", "witkoff-talks-2026-01-25"],
  ["casualties", 171000, "2026-01-25", "Gaza health authorities", "witkoff-talks-2026-01-25"],
  ["casualties", 5, "2026-01-22", "Gaza health officials", "witkoff-talks-2026-01-25"],
  ["casualties", 1, "2026-01-25", "medical sources, cited by Anadolu", "witkoff-talks-2026-01-25"],
  ["casualties", 4, "2026-01-25", "medical sources, cited by Anadolu", "witkoff-talks-2026-01-25"],
  ["hostages", 128, "2024-05-07", "unattributed", "afp-2024-05-07"],
  ["hostages", 36, "2024-05-07", "officials", "afp-2024-05-07"],
  ["hostages", 132, "2024-05-07", "Israeli officials", "ft-2024-05-07"],
  ["hostages", 37, "2024-05-07", "Israeli officials", "ft-2024-05-07"],
  ["hostages", 33, "2024-05-07", "unattributed", "ft-2024-05-07"],
  ["hostages", null, "2026-01-06", "unattributed", "qatar-talks-2026-01-06"],
  ["hostages", 28, "2026-01-06", "unattributed", "qatar-talks-2026-01-06"],
  ["hostages", 1, "2026-01-06", "Hamas", "qatar-talks-2026-01-06"],
  ["hostages", 1, "2026-01-06", "Israeli prime minister Binyamin Netanyahu", "gvili-condition-2026-01-06"],
  ["hostages", 1, "2026-01-25", "Ynet, citing an unnamed Israeli official", "witkoff-talks-2026-01-25"],
  ["humanitarian", 1400000, "2024-05-07", "UN", "afp-2024-05-07"],
  ["humanitarian", 400000, "2024-05-07", "UNRWA head Philippe Lazzarini", "afp-2024-05-07"],
  ["humanitarian", 1000000, "2024-05-07", "unattributed", "ft-2024-05-07"],
  ["humanitarian", 1, "2024-05-07", "UN humanitarian office spokesman Jens Laerke", "afp-2024-05-07"],
  ["humanitarian", 230000, "2026-01-25", "UN", "witkoff-talks-2026-01-25"],
  ["humanitarian", 15000, "2026-01-25", "UN", "witkoff-talks-2026-01-25"],
  ["humanitarian", 2000, "2026-01-06", "unattributed", "gvili-condition-2026-01-06"],
];

for (const [table, value, date, by, source] of FIGURES) {
  test(`data/${table}.csv holds ${value ?? "all"} as of ${date} from ${by} (${source})`, () => {
    const rows = data[table] as {
      value?: number | null;
      as_of?: Date;
      reported_by: string;
      source: string;
    }[];
    const found = rows.some(
      (r) =>
        r.value === value &&
        r.as_of?.toISOString().slice(0, 10) === date &&
        r.reported_by === by &&
        r.source === source,
    );
    assert.ok(found);
  });
}

test("crossing dates are in the tables: seizure, closures, expected reopening, ceasefire, conditions, understanding", () => {
  const has = (date: string, kind: string) =>
    data.events.some((e) => e.date.toISOString().slice(0, 10) === date && e.kind === kind);
  for (const [date, kind] of [
    ["2024-05-06", "seizure"],
    ["2024-05-07", "seizure"],
    ["2024-05-05", "attack"],
    ["2024-05-08", "reopening_expected"],
    ["2025-10-10", "ceasefire"],
    ["2026-01-06", "reopening_condition"],
    ["2026-01-25", "reopening_understanding"],
  ] as const) {
    assert.ok(has(date, kind), `${kind} on ${date}`);
  }
  assert.ok(
    data.closures.some(
      (c) => c.crossing === "rafah" && c.to === null && c.as_of.toISOString().startsWith("2026-01-06"),
    ),
  );
  assert.ok(data.closures.some((c) => c.crossing === "kerem_shalom" && c.to === null));
});

test(
  "every source names an article file that exists in ../shared/articles",
  { skip: !safeExists("../shared/articles") && "no ../shared/articles beside the project" },
  () => {
    for (const s of data.sources) assert.ok(safeExists(`../shared/articles/${s.file}`), s.file);
  },
);

test("data/README.md documents every column of every table", () => {
  const readme = readFileSync("data/README.md", "utf8");
  for (const spec of Object.values(TABLES)) {
    const section = readme.split(/^## /m).find((s) => s.startsWith(spec.file));
    assert.ok(section, `a section for ${spec.file}`);
    for (const column of Object.keys(spec.columns))
      assert.ok(section.includes(`\`${column}\``), `${spec.file}: ${column}`);
  }
});

function safeExists(path: string): boolean {
  try {
    readFileSync(path.endsWith("articles") ? `${path}/000_132d24573f654cb4.txt` : path);
    return true;
  } catch {
    return false;
  }
}
