/**
 * Attribution in running text and labels, from data/reporters.csv: "the Gaza health
 * ministry says", "Israeli officials say", "the Financial Times reported", "a news report said".
 * Sentences keep each row's own wording of the reporter; labels use its display name.
 */
import { withArticle, type Credit } from "../cite/names.ts";
import { formatDate, listDates } from "../format/date.ts";
import { andList, capitalise } from "../text/words.ts";

/** Who a figure is credited to, as the subject of a sentence: "the Gaza health ministry", "a news report". */
export function subject(credit: Credit): string {
  return credit.voice ? withArticle(credit.voice) : "a news report";
}

/**
 * "the Gaza health ministry says", "Israeli officials say"; a figure the article
 * states itself: "the Financial Times reported", or "a news report said".
 */
export function says(credit: Credit): string {
  if (credit.unattributed) return `${subject(credit)} ${credit.voice ? "reported" : "said"}`;
  return `${subject(credit)} ${credit.voice?.plural ? "say" : "says"}`;
}

/** "according to the Gaza health ministry", "according to a news report"; several: "according to the Financial Times and the UN". */
export function according(...credits: Credit[]): string {
  return `according to ${andList([...new Set(credits.map(subject))])}`;
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

/**
 * Who said it, for chart labels: display names, capitalised: "Gaza health ministry via AFP",
 * "Israeli officials via Financial Times", "Financial Times", "News report".
 */
export function creditLabel(credit: Credit, options: { capital?: boolean } = {}): string {
  const outlet = credit.publisher?.display;
  const text = credit.unattributed
    ? (outlet ?? "news report")
    : `${credit.voice?.display ?? ""}${outlet ? ` via ${outlet}` : ""}`;
  return options.capital === false ? text : capitalise(text);
}

/**
 * Who said it, shortest, as a headline's closing clause: the reporter's display name with its
 * article ("the Israeli military reported", "Ynet reported"), or "a news report said".
 */
export function reportedBy(credit: Credit): string {
  return credit.voice ? `${withArticle(credit.voice, credit.voice.display)} reported` : "a news report said";
}

/** Past tense, for figures of an earlier time: "the UN said", "Israeli officials said", "the Financial Times reported". */
export function said(credit: Credit): string {
  return credit.unattributed ? says(credit) : `${subject(credit)} said`;
}

/**
 * Who gives a set of rows, for brackets in notes: reporters grouped by outlet, each named once by
 * display name: "UN and UNRWA via AFP; Financial Times".
 */
export function creditList(credits: readonly Credit[]): string {
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
