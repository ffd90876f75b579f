import { formatNumber } from "../format/number.ts";

/** Nice ticks from 0 to the domain's end: "0", "50,000", "100,000". Fewer on phones. */
export function valueTicks(max: number, mobile: boolean): number[] {
  const target = mobile ? 3 : 5;
  const raw = max / target;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const ticks: number[] = [];
  const end = Math.ceil(max / step - 1e-9) * step;
  for (let t = 0; t <= end + 1e-9; t += step) ticks.push(Math.round(t * 1e6) / 1e6);
  return ticks;
}

export const tickFormat = (d: number) => formatNumber(d);
