/**
 * Who said it, from data/reporters.csv, in every form copy and charts need: one function,
 * `attribution(credit, form)`. Sentences keep each row's own wording of the reporter; labels use
 * its display name.
 */
import { withArticle, type Credit } from "../cite/names.ts";
import { formatDate, listDates } from "../format/date.ts";
import { andList } from "../text/words.ts";

/**
 * How an attribution reads:
 * - `subject`, the subject of a sentence: "the Gaza health ministry", "a news report";
 * - `says`: "the Gaza health ministry says", "Israeli officials say"; a figure the article states
 *   itself: "the Financial Times reported", or "a news report said";
 * - `said`, past tense, for figures of an earlier time: "the UN said", "Israeli officials said",
 *   "the Financial Times reported";
 * - `reported`, shortest, as a headline's closing clause: the reporter's display name with its
 *   article ("the Israeli military reported", "Ynet reported"), or "a news report said";
 * - `according`: "according to the Gaza health ministry", "according to a news report";
 * - `label`, for chart labels: display names with the outlet, common nouns in lower case as the set
 *   writes them everywhere: "Gaza health ministry via AFP", "officials via AFP", "news report";
 * - `name`, the same, for brackets and lists in running text: "news report";
 * - `given`, as the article words it, for brackets in running text: "Gaza health ministry", "AFP";
 * - `outlets`, for brackets in notes: reporters grouped by outlet, each named once by display
 *   name: "UN and UNRWA via AFP; Financial Times".
 */
export type AttributionForm =
  "subject" | "says" | "said" | "reported" | "according" | "label" | "name" | "given" | "outlets";

/**
 * Who said it, in one of the forms above. Several credits are named once each, joined by "and":
 * "according to the Financial Times and the UN"; `outlets` groups them by outlet.
 */
export function attribution(
  credits: Credit | readonly Credit[],
  form: AttributionForm,
  options: { by?: "own" | "body" } = {},
): string {
  const given: readonly Credit[] = "source" in credits ? [credits] : credits;
  const list = options.by === "body" ? given.map(asBody) : oneNamePerBody(given);
  if (form === "outlets") return byOutlet(list);
  if (form === "according") return `according to ${attribution(list, "subject")}`;
  return andList([...new Set(list.map((credit) => one(credit, form)))]);
}

/** A credit named by its body: "Palestinian health officials" as the Gaza health ministry. */
function asBody(credit: Credit): Credit {
  return credit.body && !credit.unattributed ? { ...credit, voice: credit.body } : credit;
}

/**
 * One name per body in one attribution: credits of one body under several names ("Gaza health
 * authorities", "Gaza health ministry") are named by the body; one name keeps the row's own
 * wording, descriptor and all ("the Hamas-run Gaza health ministry", "Gaza health officials"), as
 * data/README.md ("One name per body") has it.
 */
function oneNamePerBody(credits: readonly Credit[]): readonly Credit[] {
  const names = new Map<string, Set<string>>();
  for (const c of credits) {
    if (!c.body || c.unattributed) continue;
    const set = names.get(c.body.name) ?? new Set<string>();
    set.add(c.voice?.name ?? "");
    names.set(c.body.name, set);
  }
  return credits.map((c) => ((names.get(c.body?.name ?? "")?.size ?? 0) > 1 ? asBody(c) : c));
}

function one(credit: Credit, form: Exclude<AttributionForm, "according" | "outlets">): string {
  const subject = credit.voice ? withArticle(credit.voice) : "a news report";
  // A name with an aside ("three sources, cited by Reuters") closes it before its verb.
  const before = subject.includes(",") ? `${subject},` : subject;
  const outlet = credit.publisher?.display;
  switch (form) {
    case "subject":
      return subject;
    case "says":
      if (credit.unattributed) return `${before} ${credit.voice ? "reported" : "said"}`;
      return `${before} ${credit.voice?.plural ? "say" : "says"}`;
    case "said":
      return credit.unattributed ? one(credit, "says") : `${before} said`;
    case "reported":
      return credit.voice
        ? `${withArticle(credit.voice, credit.voice.display)} reported`
        : "a news report said";
    case "label":
      return one(credit, "name");
    case "name":
      return credit.unattributed
        ? (outlet ?? "news report")
        : `${credit.voice?.display ?? ""}${outlet ? ` via ${outlet}` : ""}`;
    case "given":
      return credit.unattributed ? (credit.publisher?.name ?? "a news report") : (credit.voice?.name ?? "");
  }
}

/** Reporters grouped by outlet, each named once by display name: "UN and UNRWA via AFP; Financial Times". */
function byOutlet(credits: readonly Credit[]): string {
  const byOutlet = new Map<string, Set<string>>();
  for (const c of credits) {
    const outlet = c.publisher?.display ?? "news report";
    const who = byOutlet.get(outlet) ?? new Set<string>();
    if (!c.unattributed && c.voice) who.add(c.voice.display);
    byOutlet.set(outlet, who);
  }
  return [...byOutlet]
    .map(([outlet, who]) => (who.size ? `${andList([...who])} via ${outlet}` : outlet))
    .join("; ");
}

/**
 * The report's date in brackets, for sentences: "(25 January 2026)"; where the figure
 * describes an earlier day than its article (an incident), "(reported 25 January 2026)".
 */
export function reportDate(credit: Credit, asOf?: Date, ...more: Credit[]): string {
  const published =
    listDates([credit, ...more].map((c) => c.source.published)) ?? formatDate(credit.source.published);
  return asOf && +asOf !== +credit.source.published ? `(reported ${published})` : `(${published})`;
}
