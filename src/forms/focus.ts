/**
 * Focus: the rows a chart's headline is about are drawn in the accent colour and ordered first;
 * the rest recede, in the muted colours. Every form that takes `focus` draws with these, so a
 * focused mark looks the same in bars and in dots. With no row in focus, every row is drawn as focused
 * (nothing recedes): the default of every form and recipe.
 */
import { COLORS } from "../style/index.ts";

/** The colours of a mark, its figure and its words, in focus and receding. */
export const FOCUS_COLORS = {
  focus: { mark: COLORS.report, figure: COLORS.ink, words: COLORS.text },
  rest: { mark: COLORS.axis, figure: COLORS.text, words: COLORS.muted },
} as const;

export type FocusColors = (typeof FOCUS_COLORS)[keyof typeof FOCUS_COLORS];

/** The colours for a mark: `focus` undefined or true is in focus. */
export function focusColors(focus: boolean | undefined): FocusColors {
  return focus === false ? FOCUS_COLORS.rest : FOCUS_COLORS.focus;
}

/** Items in focus first, the rest after them, each in their own order (a stable sort). */
export function focusFirst<T>(items: readonly T[], inFocus: (item: T) => boolean): T[] {
  return [...items.filter(inFocus), ...items.filter((i) => !inFocus(i))];
}
