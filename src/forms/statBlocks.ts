/**
 * Big numbers for a handful of counts (FT Visual Vocabulary: magnitude, one figure each):
 * one block per measure with its latest figure large, what it counts, and the reports behind
 * it in small type. Blocks sit side by side on the web and stack on phones; a block lists at
 * most a few reports and says how many more there are, so the chart keeps its height.
 *
 * `statBlocks(blocks, options)`: the layout step (./statBlocksLayout.ts) places every text; the
 * drawing step, statBlocksMarks, turns that layout into Plot marks.
 */
import type * as PlotApi from "@observablehq/plot";
import { drawLayout, type PlotFunction } from "../chart.ts";
import { COLORS, WEIGHT } from "../style/index.ts";
import {
  statBlocksLayout,
  type StatBlock,
  type StatBlocksLayout,
  type StatBlocksOptions,
  type StatRole,
} from "./statBlocksLayout.ts";
import { FOCUS_COLORS } from "./focus.ts";
import { topText } from "./marks.ts";

export type { StatBlock, StatBlocksOptions } from "./statBlocksLayout.ts";

/** How each text of a block is set: the figure and title in ink, the reports in the text colour. */
const ROLES: Record<StatRole, { weight: keyof typeof WEIGHT; fill: string }> = {
  figure: { weight: "bold", fill: COLORS.ink },
  hedge: { weight: "semibold", fill: COLORS.ink },
  words: { weight: "semibold", fill: COLORS.ink },
  title: { weight: "semibold", fill: COLORS.ink },
  reports: { weight: "regular", fill: COLORS.text },
};

export function statBlocks(blocks: readonly StatBlock[], options: StatBlocksOptions = {}): PlotFunction {
  return (ctx) => {
    const layout = statBlocksLayout(blocks, options, ctx);
    return drawLayout(layout, statBlocksMarks(ctx.Plot, layout));
  };
}

/** A rule at each block's left, then one text mark per role (figures, titles, reports). */
export function statBlocksMarks(Plot: typeof PlotApi, l: StatBlocksLayout): PlotApi.Markish[] {
  const roles = (Object.keys(ROLES) as StatRole[]).filter((role) => l.texts.some((t) => t.role === role));
  return [
    // Rules in the accent colour only when some block recedes: with every block in focus, as before.
    ...[true, false].map((focus) =>
      Plot.ruleX(
        l.rules.filter((r) => r.focus === focus),
        {
          x: "x",
          y1: "y1",
          y2: "y2",
          stroke: focus && l.rules.some((r) => !r.focus) ? FOCUS_COLORS.focus.mark : COLORS.axis,
          strokeWidth: l.style.rule.width,
        },
      ),
    ),
    ...roles.map((role) => {
      const group = l.texts.filter((t) => t.role === role);
      const first = group[0];
      return topText(Plot, group, {
        x: "x",
        fontSize: first?.size,
        fontWeight: WEIGHT[ROLES[role].weight],
        fill: ROLES[role].fill,
        lineHeight: first ? first.lh / first.size : 1.2,
      });
    }),
  ];
}
