/**
 * The social card's layout mode, for every form: a form given a height (the card's plot box) lays
 * out at web size first, and when that overruns the box, again in its dense card style (tighter
 * spacing, every plot text at the card's least size, CARD_TYPE), so the card keeps its full width
 * and its type rather than being scaled down. Web and phone layouts are never dense.
 */
import type { LayoutContext } from "../chart.ts";

export function fitCard<L extends { height: number }>(
  ctx: Pick<LayoutContext, "height">,
  layoutAt: (dense: boolean) => L,
): L {
  const laid = layoutAt(false);
  return ctx.height !== undefined && laid.height > ctx.height ? layoutAt(true) : laid;
}
