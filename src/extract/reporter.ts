/**
 * Who gives a figure, in the tables' words: the attribution as the article names it, without a
 * leading article, with the bodies of data/vocabulary/bodies.csv named as the tables name them
 * ("the United Nations" is "UN", "Anadolu news agency" is "Anadolu"), and pronouns ("he", "the
 * group", "the official") resolved to who was last named that way.
 */
import type { Place } from "../text/passages.ts";
import { findPhrases } from "./phrases.ts";
import type { BodyWord } from "./vocabulary.ts";

/** The attribution phrase of the article, cleaned and named as the tables name its bodies. */
export function cleanReporter(phrase: string, bodies: readonly BodyWord[]): string {
  let text = phrase
    .replace(/^[\s,“”"'‘’—–-]+|[\s,.;:“”"'‘’—–-]+$/g, "")
    .replace(/^(meanwhile|separately|however|but|and|also),?\s+/i, "")
    .replace(/^(the|a|an)\s+/i, "")
    .replace(/\s+(briefed|familiar|speaking|who|requesting)\b[^,]*/i, "")
    .replace(/\s+/g, " ");
  const hits = findPhrases(text, bodies).filter(
    // "the military" is the Israeli military, but "Egyptian military" is not.
    (hit) => /^\p{Lu}/u.test(hit.row.words) || !/\p{Lu}[\p{L}'’-]*\s+$/u.test(text.slice(0, hit.start)),
  );
  for (const hit of [...hits].reverse()) text = text.slice(0, hit.start) + hit.row.name + text.slice(hit.end);
  return text.replace(/^(the|a|an)\s+/i, "");
}

export type SpeakerKind = "person" | "group" | "body";

/** The doubt a row carries when its reporter was resolved from "it", "he" or "the ministry". */
export const RESOLVED = "reported_by resolved from a pronoun";

/** Who has been named so far, for "he", "she", "the group", "it" and "the official". */
export class Speakers {
  private readonly named: { name: string; kind: SpeakerKind; where?: Place }[] = [];

  constructor(private readonly bodies: readonly BodyWord[]) {}

  /** A reporter or body the article has just named (in the sentence at `where`). */
  note(name: string, kind?: SpeakerKind, where?: Place): void {
    this.named.push({ name, kind: kind ?? this.kindOf(name), ...(where && { where }) });
  }

  /** Bodies of the vocabulary a sentence mentions ("Hamas released ..."): later "the group". */
  noteMentions(text: string, where?: Place): void {
    for (const hit of findPhrases(text, this.bodies))
      this.note(hit.row.name, hit.row.kind === "outlet" ? "body" : hit.row.kind, where);
  }

  /** The last sentence up to `at` that named `name`: where a resolved pronoun's reporter is named. */
  namedAt(name: string, at: Place): Place | undefined {
    const upTo = (w: Place) =>
      w.paragraph < at.paragraph || (w.paragraph === at.paragraph && w.sentence <= at.sentence);
    return [...this.named].reverse().find((n) => n.name === name && n.where && upTo(n.where))?.where;
  }

  /** Who a pronoun or a definite description stands for, or undefined. */
  resolve(subject: string): string | undefined {
    const s = subject.toLowerCase().replace(/^the\s+/, "");
    const last = (f: (n: { name: string; kind: SpeakerKind }) => boolean) =>
      [...this.named].reverse().find(f)?.name;
    if (/^(he|she)$/.test(s)) return last((n) => n.kind === "person");
    if (/^(it|they)$/.test(s)) return last((n) => n.kind !== "person");
    if (/^(group|movement|militants?)$/.test(s)) return last((n) => n.kind === "group");
    const head = s.split(" ").pop() ?? s;
    const stem = head.replace(/s$/, "");
    return last((n) => n.name.toLowerCase().includes(stem));
  }

  /**
   * The body named before in full, for a shorter name of it: "the health ministry" after "the Gaza
   * health ministry", "the foreign ministry" after "Egypt's foreign ministry". Undefined when no
   * name so far ends with these words.
   */
  fuller(phrase: string): string | undefined {
    const s = phrase.toLowerCase().replace(/^the\s+/, "");
    if (!s.includes(" ")) return undefined;
    return [...this.named]
      .reverse()
      .find((n) => n.kind !== "person" && n.name.toLowerCase().endsWith(` ${s}`))?.name;
  }

  private kindOf(name: string): SpeakerKind {
    const body = this.bodies.find((b) => b.name === name);
    if (body) return body.kind === "person" ? "person" : body.kind === "group" ? "group" : "body";
    // A name of two capitalised words at the end ("... Jens Laerke") is a person.
    return /\p{Lu}[\p{L}'’-]+\s+(al-)?\p{Lu}[\p{L}'’-]+$/u.test(name) ? "person" : "body";
  }
}

/** Subjects that point back to someone named before. */
export function isPronoun(subject: string): boolean {
  return /^(he|she|it|they|the (group|movement|militants?|official|officials|ministry|agency|office|sources?|spokesman|spokeswoman|spokesperson|statement|military|army|organisation|organization))$/i.test(
    subject.trim(),
  );
}
