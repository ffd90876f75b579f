/**
 * Big numbers for a handful of counts (FT Visual Vocabulary: magnitude, one figure each):
 * one block per measure with its latest figure large, what it counts, and the reports behind
 * it in small type. Blocks sit side by side on the web and stack on phones; a block lists at
 * most a few reports and says how many more there are, so the chart keeps its height.
 */
import { type PlotContext, type PlotLayout, pixelPlot } from "../chart.ts";
import { clampLines } from "../text/clamp.ts";
import { countWords, noun } from "../text/words.ts";
import { wrap } from "../text/wrap.ts";
import { COLORS, plotType, WEIGHT } from "../style/index.ts";

export interface StatBlock {
  /** What is counted: "Remains of hostages returned". */
  title: string;
  /** The latest figure, as worded: "28", "All", "1 or 0". */
  figure: string;
  /** One line per report: "6 Jan 2026 · Hamas". */
  reports: string[];
}

const MAX_REPORTS = 4;

export function statBlocks(blocks: readonly StatBlock[]) {
  return (ctx: PlotContext): PlotLayout => {
    const { Plot } = ctx;
    const type = plotType(ctx.mobile);
    const big = ctx.mobile ? 30 : 36;
    const lh = Math.round(type.tick * 1.35);
    const columns = ctx.mobile ? 1 : Math.min(3, Math.max(1, blocks.length));
    const gap = 20;
    const colWidth = (ctx.width - gap * (columns - 1)) / columns;
    const texts: {
      x: number;
      y: number;
      text: string;
      size: number;
      weight: number;
      fill: string;
      lh: number;
    }[] = [];
    const rules: { x: number; y1: number; y2: number }[] = [];
    let rowTop = 4;
    for (let start = 0; start < blocks.length; start += columns) {
      let rowHeight = 0;
      blocks.slice(start, start + columns).forEach((block, i) => {
        const x = i * (colWidth + gap) + 10;
        const inner = colWidth - 10;
        let y = rowTop;
        const figure = clampLines(wrap(block.figure, inner, big, "bold"), 2, inner, big, "bold");
        texts.push({
          x,
          y,
          text: figure.join("\n"),
          size: big,
          weight: WEIGHT.bold,
          fill: COLORS.ink,
          lh: big * 1.1,
        });
        y += figure.length * big * 1.1 + 4;
        const title = wrap(block.title, inner, type.label, "semibold");
        texts.push({
          x,
          y,
          text: title.join("\n"),
          size: type.label,
          weight: WEIGHT.semibold,
          fill: COLORS.ink,
          lh: type.label * 1.3,
        });
        y += title.length * type.label * 1.3 + 6;
        const shown = block.reports.slice(0, MAX_REPORTS);
        const more = block.reports.length - shown.length;
        const lines = [
          ...shown.flatMap((r) => wrap(r, inner, type.tick)),
          ...(more > 0 ? [`and ${countWords(more, "exact", noun("more report"))}`] : []),
        ];
        texts.push({
          x,
          y,
          text: lines.join("\n"),
          size: type.tick,
          weight: WEIGHT.regular,
          fill: COLORS.text,
          lh,
        });
        y += lines.length * lh;
        rules.push({ x: x - 10, y1: rowTop, y2: y });
        rowHeight = Math.max(rowHeight, y - rowTop);
      });
      rowTop += rowHeight + 18;
    }
    const height = Math.ceil(rowTop);
    return {
      options: pixelPlot(ctx.width, height, [
        Plot.ruleX(rules, { x: "x", y1: "y1", y2: "y2", stroke: COLORS.axis, strokeWidth: 3 }),
        ...[...new Set(texts.map((t) => `${t.size}|${t.weight}|${t.fill}|${t.lh}`))].map((key) => {
          const group = texts.filter((t) => `${t.size}|${t.weight}|${t.fill}|${t.lh}` === key);
          const first = group[0];
          return Plot.text(group, {
            x: "x",
            y: "y",
            text: "text",
            textAnchor: "start",
            lineAnchor: "top",
            fontSize: first?.size,
            fontWeight: first?.weight,
            fill: first?.fill,
            lineHeight: first ? first.lh / first.size : 1.2,
          });
        }),
      ]),
    };
  };
}
