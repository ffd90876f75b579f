/** Who said it, from data: each reporter's display name, article and number, and each row's credit. */
import type { Reporter, Source } from "../data/schema.ts";

/** How one reporter (or publisher) reads in copy. */
export interface Voice {
  /** As the row or sources.csv writes it. */
  name: string;
  /** For labels and source lines: one name per reporter, whatever the spelling. */
  display: string;
  /** The word before the name in running text ("the Gaza health ministry"). */
  article: "the" | "a" | "an" | null;
  plural: boolean;
  /** False when the name is not in data/reporters.csv and defaults apply. */
  listed: boolean;
  /** Other ways an article may name it (data/reporters.csv `aliases`), for checking passages. */
  aliases: string[];
}

/** What a source line or a sentence needs of a row: who reported it and in which article. */
export interface CitedRow {
  reported_by: string;
  source: string;
}

/** Who a row's figure is credited to. */
export interface Credit {
  /** The reporter, or for a figure the article states in its own voice, its publisher; null if neither is known. */
  voice: Voice | null;
  /** The article's publisher; null when the text does not identify it. */
  publisher: Voice | null;
  /** The article states the figure in its own voice (`reported_by` is "unattributed"). */
  unattributed: boolean;
  source: Source;
  /**
   * The body the voice belongs to, named by its display name: rows that share a display are one
   * body ("Gaza health authorities" and "Palestinian health officials" are the Gaza health
   * ministry). Charts name every body this way, so one body has one name.
   */
  body: Voice | null;
}

const UNATTRIBUTED = "unattributed";

/** The lookups every sentence and source line uses, built once from the tables. */
export interface Names {
  voice(name: string): Voice;
  source(id: string): Source;
  credit(row: CitedRow): Credit;
  /** Names used in the rows but missing from data/reporters.csv. */
  unlisted(names: Iterable<string>): string[];
}

export function names(data: { sources: readonly Source[]; reporters: readonly Reporter[] }): Names {
  const reporters = new Map(data.reporters.map((r) => [r.name, r]));
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const voice = (name: string): Voice => {
    const r = reporters.get(name);
    if (!r)
      return {
        name,
        display: name,
        article: guessArticle(name),
        plural: guessPlural(name),
        listed: false,
        aliases: [],
      };
    return {
      name,
      display: r.display ?? name,
      article: r.article,
      plural: r.number === "plural",
      listed: true,
      aliases: (r.aliases ?? "")
        .split("|")
        .map((a) => a.trim())
        .filter(Boolean),
    };
  };
  const source = (id: string): Source => {
    const s = sources.get(id);
    if (!s) throw new Error(`unknown source: ${id}`);
    return s;
  };
  return {
    voice,
    source,
    credit(row) {
      const s = source(row.source);
      const publisher = s.publisher === null ? null : voice(s.publisher);
      // A publisher named as its own reporter ("AFP" in an AFP article) is the article's own voice: never "AFP via AFP".
      const unattributed =
        row.reported_by === UNATTRIBUTED || (s.publisher !== null && row.reported_by === s.publisher);
      const own = unattributed ? publisher : voice(row.reported_by);
      const body = own && own.display !== own.name ? voice(own.display) : own;
      return { voice: own, publisher, unattributed, source: s, body };
    },
    unlisted(list) {
      const publishers = data.sources.flatMap((s) => (s.publisher ? [s.publisher] : []));
      return [...new Set([...list, ...publishers])]
        .filter((n) => n !== UNATTRIBUTED && !reporters.has(n))
        .sort();
    },
  };
}

/**
 * For a reporter missing from reporters.csv: plural when the head noun (before any comma) ends
 * in a lower-case word in -s ("Gaza civil defence officials", "medical sources"); a name
 * ("Hamas", "Reuters", "United Nations") or anything else is singular.
 */
export function guessPlural(name: string): boolean {
  const head = name.split(",")[0]?.trim() ?? "";
  const last = head.split(" ").pop() ?? "";
  return /^[a-z]+[^su]s$/.test(last);
}

/**
 * Words that make a name a common-noun body ("the Gaza civil defence agency", "the UN
 * humanitarian office OCHA"), which takes "the" in running text when reporters.csv does not say.
 * Plural heads ("officials", "sources", "authorities") take none, as AP writes "officials said".
 */
const BODY_WORDS =
  /\b(agency|ministry|office|military|army|police|government|department|council|committee|authority|service|court|forum|tally|broadcaster|spokesman|spokesperson|spokeswoman)\b/;

/** For a reporter missing from reporters.csv: "the" for a common-noun body, none for a proper name or a plural. */
export function guessArticle(name: string): "the" | null {
  const head = name.split(",")[0]?.trim() ?? "";
  // A name that brings its own determiner ("a spokesperson for …", "the agency", "Gaza's civil
  // defence agency", "its army chief") takes no other.
  if (/^(a|an|the|one|two|three|some|several|its|their)\b/i.test(head) || /^\S+['’]s\s/.test(head))
    return null;
  return BODY_WORDS.test(head) && !guessPlural(name) ? "the" : null;
}

/** A voice in running text: "the Gaza health ministry", "Hamas", "a newly appointed Gaza administrator". */
export function withArticle(voice: Voice, name = voice.name): string {
  return voice.article ? `${voice.article} ${name}` : name;
}
