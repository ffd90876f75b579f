/**
 * The limits the build checks on a chart's words (src/style/frame.ts LINE_LIMITS): a headline of at
 * most two lines at 640 px and three at 360 px; each note the same, with no one-word last line. Lines
 * are counted as the frame wraps them (the widest fallback font, no widows), so the check and the
 * drawing agree.
 */
import { SIZES, type Size } from "../chart.ts";
import { FRAME, LINE_LIMITS } from "../style/index.ts";
import { wrap } from "../text/wrap.ts";

/** The width text gets inside the frame's side margins at a size. */
function inner(size: Size): number {
  return SIZES[size].width - 2 * FRAME[size].pad;
}

/** The headline's lines at a size, as the frame draws them. */
export function headlineLines(text: string, size: Size): string[] {
  return wrap(text, inner(size), FRAME[size].headline[0], "bold", { noWidow: true });
}

/** A note's lines at a size, as the frame draws them. */
export function noteLines(text: string, size: Size): string[] {
  return wrap(text, inner(size), FRAME[size].notes[0], "regular", { noWidow: true });
}

/** Whether lines end on one word alone (a widow), when there are two lines or more. */
export function hasWidow(lines: readonly string[]): boolean {
  return lines.length > 1 && !(lines[lines.length - 1] ?? "").trim().includes(" ");
}

/** Whether a headline keeps to its lines at every size. */
export function headlineFits(text: string): boolean {
  return (Object.keys(SIZES) as Size[]).every(
    (size) => headlineLines(text, size).length <= LINE_LIMITS.headline[size],
  );
}

/**
 * What breaks a limit in a chart's headline and notes, in words an editor can act on; empty when
 * nothing does.
 */
export function lineLimitProblems(
  c: { headline: string; notes: readonly string[] },
  sizes: readonly Size[] = Object.keys(SIZES) as Size[],
): string[] {
  const problems: string[] = [];
  for (const size of sizes) {
    const px = `${SIZES[size].width} px`;
    const h = headlineLines(c.headline, size);
    if (h.length > LINE_LIMITS.headline[size])
      problems.push(
        `headline takes ${h.length} lines at ${px}, at most ${LINE_LIMITS.headline[size]}: shorten it`,
      );
    c.notes.forEach((note, i) => {
      const lines = noteLines(note, size);
      const which = `note ${i + 1} ("${note.slice(0, 40)}${note.length > 40 ? "…" : ""}")`;
      if (lines.length > LINE_LIMITS.note[size])
        problems.push(
          `${which} takes ${lines.length} lines at ${px}, at most ${LINE_LIMITS.note[size]}: shorten it`,
        );
      else if (hasWidow(lines)) problems.push(`${which} ends on one word at ${px}: reword it`);
    });
  }
  return problems;
}

/**
 * Charts over a limit whose words or marks are owned elsewhere, each problem word for word (the
 * whole message, so an entry never hides another problem of the same kind) and its reason. The
 * build lets these through; test/story/limits.test.ts fails when one is no longer over, so the list
 * only shrinks. Empty since issue 20: every chart keeps to its limits.
 */
export const KNOWN_OVER: readonly { chart: string; problem: string; why: string }[] = [];

/** Whether a chart's problem is one of the known ones: the same chart and the same message, exactly. */
export function knownOver(chart: string, problem: string): boolean {
  return KNOWN_OVER.some((k) => k.chart === chart && problem === k.problem);
}
