/**
 * Attribution spans of a sentence: which stretch of it each reporter covers. Forms, from the
 * reporting words of data/vocabulary/reporting.csv:
 *   "according to X, ..." and "..., according to X"      the whole sentence
 *   "X said (that) ...", "X told AFP ..."                from X to the end
 *   "..., X said." and "“...,” said X."                  the sentence before X
 *   "X, citing Y, said" / "X, cited by Y, said"          reporter "X, citing Y"
 * and asides in the article's own voice (", home to ...", ", two days after ...") that cover a
 * figure inside a reported sentence. A figure takes the smallest span that holds it; none is
 * "unattributed". Pronoun subjects ("he said", "the group says") are resolved by Speakers.
 */
import { termAt, type Analysed } from "./analyse.ts";
import { findPhrases } from "./phrases.ts";
import { cleanReporter, isPronoun, type Speakers } from "./reporter.ts";
import type { Vocabulary } from "./vocabulary.ts";

export interface Attribution {
  /** Who, in the tables' words; "unattributed" for an aside in the article's own voice. */
  reporter: string;
  start: number;
  end: number;
  /** Resolved from a pronoun: less sure. */
  pronoun: boolean;
}

const BOUNDARY = /^(that|where|which|who|and|but|while|as|because|if|when|after|before|despite|with|since)$/;
const STOP = /^(in|on|at|into|from|over|under|during|to|by|(mon|tues|wednes|thurs|fri|satur|sun)day)$/;
/** Asides in the article's own voice, however the sentence around them is attributed. */
const ASIDE = /[,—–]\s+((?:home to|where|\p{L}+ (?:days?|hours?|weeks?) (?:after|before))\b[^,—–]*)/giu;

/** The attribution spans of one sentence; `speakers` learns who it names. */
export function attributions(a: Analysed, vocabulary: Vocabulary, speakers: Speakers): Attribution[] {
  const spans: Attribution[] = [];
  for (const hit of findPhrases(a.text, vocabulary.reporting)) {
    const span =
      hit.row.form === "according"
        ? according(a, hit.end, vocabulary, speakers)
        : hit.row.form === "verb"
          ? reportingVerb(a, hit.start, hit.end, vocabulary, speakers)
          : undefined;
    if (span && span.reporter) spans.push(span);
  }
  // "..., three days after a rocket attack wounded two soldiers, the military said.": a reporter
  // named at the end says the whole sentence, asides included.
  const final = spans.some((s) => s.start === 0 && s.end < a.text.length && s.reporter !== "unattributed");
  for (const m of final ? [] : a.text.matchAll(ASIDE)) {
    const start = m.index + m[0].length - (m[1] ?? "").length;
    spans.push({ reporter: "unattributed", start, end: m.index + m[0].length, pronoun: false });
  }
  // Who the sentence names in passing first, then who speaks in it: "It said" in the next
  // sentence is the speaker ("The military told AFP it had struck a Hamas operative. It said ...").
  speakers.noteMentions(a.text, a.sentence);
  for (const s of spans)
    if (s.reporter !== "unattributed" && !s.pronoun) speakers.note(s.reporter, undefined, a.sentence);
  return spans;
}

/** The smallest span holding [start, end), or undefined: the article's own voice. */
export function attributionAt(
  spans: readonly Attribution[],
  start: number,
  end: number,
): Attribution | undefined {
  const holding = spans.filter((s) => s.start <= start && s.end >= end);
  return holding.sort((x, y) => x.end - x.start - (y.end - y.start))[0];
}

function according(
  a: Analysed,
  from: number,
  vocabulary: Vocabulary,
  speakers: Speakers,
): Attribution | undefined {
  const rest = a.text.slice(from);
  // "comments by a city mayor last week that ...": the name ends where the clause goes on.
  const phrase =
    (/^[^,.;:—–(]+/.exec(rest)?.[0] ?? "").split(/\s+(?:that|last|this|who|which|to|(?<!based )on)\s+/)[0] ??
    "";
  // "according to the ministry": the ministry named before, as after a reporting verb.
  const resolved = resolve(phrase, vocabulary, speakers, a);
  return resolved ? { ...resolved, start: 0, end: a.text.length } : undefined;
}

function reportingVerb(
  a: Analysed,
  start: number,
  end: number,
  vocabulary: Vocabulary,
  speakers: Speakers,
): Attribution | undefined {
  const i = termAt(a, start);
  // "the estimated 128": a participle after a determiner reports nothing.
  // compromise may tag "say" in "36 officials say" or "estimates" in "the UN estimates that" as nouns.
  const verb =
    a.terms[i]?.tags.has("Verb") ||
    /^(said|says|say|told|tells)$/.test(a.terms[i]?.norm ?? "") ||
    a.terms[i + 1]?.norm === "that";
  if (!verb || a.terms[i - 1]?.tags.has("Determiner")) return undefined;
  const after = a.text.slice(end);
  const before = a.text.slice(0, start);
  // "“...,” said X." — the name follows the verb, to the end of the sentence.
  const named = a.terms.slice(i + 1).every((t) => !t.tags.has("Verb") && !t.tags.has("Pronoun"));
  // "..., said Amjad al-Shawa, head of the Palestinian NGOs Network.": the name before its title.
  const name = /^\s+([^,;:“"]{2,80})(,\s+\p{Ll}[^;:“"]*)?[.!]?$/u.exec(after)?.[1];
  // Only a one-word verb comes before its subject: "put the toll at nine" never does.
  const inverted = !/\s/.test(a.text.slice(start, end).trim());
  if (/[,”"]\s*$/.test(before) && name && named && inverted) {
    const reporter = resolve(name, vocabulary, speakers, a);
    return reporter && { ...reporter, start: 0, end: start };
  }
  const segments = before.split(/,\s*/);
  let subject = subjectOf(segments.pop() ?? "");
  // "..., OCHA said, and ...": the subject ends before the space that precedes the verb.
  let subjectStart = before.trimEnd().length - subject.length;
  // "the health ministry in the Hamas-run territory said": a body of the vocabulary that ends
  // right before the verb is the whole subject, however many words it has.
  const body = bodyBefore(before, vocabulary);
  if (body !== undefined && body < subjectStart) {
    subjectStart = body;
    subject = before.slice(body).trimEnd();
  }
  if (!subject.trim()) {
    // "X, head of Y, said" / "X, citing Y, said": the name before the aside, or both.
    const near = segments.pop() ?? "";
    const far = segments.pop() ?? "";
    if (/^(citing|cited by)\b/i.test(near)) subject = `${far}, ${near}`;
    else if (/^(the |a |an )?\p{Ll}/u.test(near) && far) subject = far;
    else subject = near;
    subjectStart = before.lastIndexOf(subject.split(",")[0] ?? subject);
  }
  const resolved = resolve(subject, vocabulary, speakers, a);
  if (!resolved) return undefined;
  // "..., X said." at the end: the sentence before X.
  if (
    /^\s*[.!]?$/.test(after) ||
    /^\s+(in a statement|on \p{L}+|\p{Lu}\p{Ll}+day)[.!]?$/u.test(after) ||
    verblessAside(a, end)
  )
    return { ...resolved, start: 0, end: subjectStart };
  // "36 officials say are dead": the figure right before the subject is what they say.
  const previous = a.terms[termAt(a, subjectStart) - 1];
  // "..., an Egyptian official told AFP on Thursday, after ...": a subject after a comma says the
  // sentence before it too.
  const afterComma = /,\s*$/.test(before.slice(0, subjectStart)) && segments.length > 0;
  // "..., including a man aged 35, the agency told AFP.": a comma before the subject comes first.
  const from = afterComma ? 0 : previous?.tags.has("Value") ? previous.start : subjectStart;
  return { ...resolved, start: from, end: a.text.length };
}

/** Where a body of the vocabulary that ends right before `end` of `before` starts (with its "the"), if one does. */
function bodyBefore(before: string, vocabulary: Vocabulary): number | undefined {
  const trimmed = before.trimEnd();
  const hit = findPhrases(trimmed, vocabulary.bodies).find((h) => h.end === trimmed.length);
  if (!hit) return undefined;
  return /\bthe\s+$/i.exec(trimmed.slice(0, hit.start))?.index ?? hit.start;
}

/**
 * "..., the ministry said on Tuesday, one of the deadliest days since the truce.": after the verb
 * (and its day) only an aside with no verb of its own, so the reporter says what came before.
 */
function verblessAside(a: Analysed, verbEnd: number): boolean {
  const rest = /^(\s+(in a statement|on \p{L}+|\p{Lu}\p{Ll}+day))?,\s+[^,;:“”"]+[.!]?$/u.exec(
    a.text.slice(verbEnd),
  );
  if (!rest) return false;
  const from = verbEnd + rest[0].indexOf(",");
  return a.terms.every((t) => t.start < from || !t.tags.has("Verb"));
}

/**
 * The noun phrase right before a reporting verb: back to a clause word, a figure, a preposition or
 * a quote, or to a determiner that starts it ("a figure the United Nations said": the United
 * Nations), but through "of" and "for" ("the head of the ministry").
 */
function subjectOf(segment: string): string {
  const words = segment
    .trimEnd()
    .replace(
      /\s+(since then|then|now|again|already|also|later|earlier|previously|reportedly|had|has|have|once)$/i,
      "",
    )
    .split(/\s+/);
  const out: string[] = [];
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k] ?? "";
    const lower = w.toLowerCase();
    // "officials in Islamabad said": a place after a plural noun is part of who speaks.
    const placeOf =
      STOP.test(lower) && out.length > 0 && /^\p{Lu}/u.test(out[0] ?? "") && /s$/.test(words[k - 1] ?? "");
    // "JERUSALEM (AFP) - Hamas's armed wing said": a dateline's dash ends the subject.
    const dash = /^[-—–]$/.test(w);
    if (
      !placeOf &&
      (dash || BOUNDARY.test(lower) || STOP.test(lower) || /^[\d.,]+$/.test(w) || /[”"]$/.test(w))
    )
      break;
    out.unshift(w);
    if (/^(the|a|an)$/.test(lower) && !/^(of|for)$/i.test(words[k - 1] ?? "of")) break;
  }
  return out.join(" ");
}

function resolve(
  phrase: string,
  vocabulary: Vocabulary,
  speakers: Speakers,
  a: Analysed,
): Omit<Attribution, "start" | "end"> | undefined {
  let text = phrase.trim().replace(/[.!]$/, "");
  if (!text || text.split(/\s+/).length > 14) return undefined;
  if (isPronoun(text)) {
    const who = speakers.resolve(text);
    if (who) return { reporter: who, pronoun: true };
    if (/^(he|she|it|they)$/i.test(text)) return undefined;
  }
  // "the health ministry" after "the Gaza health ministry": the body named before, in full.
  const fuller = /^the\s/i.test(text) ? speakers.fuller(text) : undefined;
  if (fuller) return { reporter: fuller, pronoun: true };
  // "its defence minister": the country or body the sentence opens with.
  const its = /^(its|their)\s+/i.exec(text);
  if (its) {
    const owner = findPhrases(a.text, vocabulary.places).find((h) => h.row.kind === "country")?.row.place;
    if (!owner) return undefined;
    text = `${owner}'s ${text.slice(its[0].length)}`;
  }
  const reporter = cleanReporter(text, vocabulary.bodies);
  return reporter ? { reporter, pronoun: false } : undefined;
}
