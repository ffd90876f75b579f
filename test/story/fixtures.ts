/** Small rows for the story helpers' tests: sources, reporters and figures built in a line each. */
import { names } from "../../src/cite/names.ts";
import type { Closure, CrossingEvent, Reporter, Source } from "../../src/data/schema.ts";
import type { FigureRow } from "../../src/story/figures.ts";

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

let line = 1;
const ref = (file: string) => ({ file, line: ++line });

export function source(id: string, publisher: string | null, published: string): Source {
  return {
    id,
    publisher,
    publisher_basis: publisher ? "stated" : "unidentified",
    headline: id,
    headline_kind: "descriptive",
    published: day(published),
    date_basis: "stated",
    date_note: null,
    file: `${id}.txt`,
    ref: ref("data/sources.csv"),
  };
}

export function reporter(name: string, extra: Partial<Reporter> = {}): Reporter {
  return {
    name,
    display: null,
    article: null,
    number: "singular",
    aliases: null,
    note: null,
    ref: ref("data/reporters.csv"),
    ...extra,
  };
}

export const SOURCES = [
  source("wire-1", "AFP", "2024-05-07"),
  source("paper-1", "Financial Times", "2024-05-07"),
  source("anon-1", null, "2026-01-06"),
  source("anon-2", null, "2026-01-25"),
];

export const REPORTERS = [
  reporter("Gaza health ministry", { article: "the" }),
  reporter("Hamas-run Gaza health ministry", { article: "the", display: "Gaza health ministry" }),
  reporter("Israeli officials", { number: "plural" }),
  reporter("Financial Times", { article: "the" }),
  reporter("AFP"),
  reporter("Israeli prime minister Binyamin Netanyahu", { display: "Benjamin Netanyahu" }),
  reporter("Israeli prime minister Benjamin Netanyahu", { display: "Benjamin Netanyahu" }),
];

export const NAMES = names({ sources: SOURCES, reporters: REPORTERS });

export type Fig = FigureRow & { ref: { file: string; line: number }; measure: string; who: string };

export function fig(
  value: number | null,
  as_of: string,
  reported_by: string,
  source = "wire-1",
  qualifier: Fig["qualifier"] = "exact",
): Fig {
  return {
    value,
    qualifier,
    as_of: day(as_of),
    reported_by,
    source,
    measure: "killed",
    who: "people",
    ref: ref("data/casualties.csv"),
  };
}

export function closure(
  crossing: Closure["crossing"],
  from: string,
  to: string | null,
  as_of: string,
  extra: Partial<Closure> = {},
): Closure {
  return {
    crossing,
    from: day(from),
    from_precision: "day",
    to: to ? day(to) : null,
    as_of: day(as_of),
    reported_by: "UN",
    source: "wire-1",
    passage: null,
    note: null,
    ref: ref("data/closures.csv"),
    ...extra,
  };
}

export function event(
  date: string,
  kind: CrossingEvent["kind"],
  crossing: CrossingEvent["crossing"] = "rafah",
  label = kind,
): CrossingEvent {
  return {
    date: day(date),
    precision: "day",
    crossing,
    kind,
    actor: null,
    label,
    hedge: null,
    reported_by: "UN",
    source: "wire-1",
    passage: null,
    note: null,
    ref: ref("data/events.csv"),
  };
}
