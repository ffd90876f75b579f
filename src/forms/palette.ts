/** Chart colours. Colour never carries meaning alone: every mark also has a label or a shape. */
export const COLORS = {
  primary: "#1d4e89",
  secondary: "#c8553d",
  tertiary: "#6b8e23",
  muted: "#9aa5b1",
  faint: "#d9dee4",
  ink: "#121212",
  label: "#333333",
  grid: "#e3e3e3",
  axis: "#8a8a8a",
  background: "#ffffff",
} as const;

/** Series with fixed meanings across every chart: killed and injured. */
export const SERIES = {
  killed: { label: "Killed", color: COLORS.primary, shape: "circle" },
  injured: { label: "Injured", color: COLORS.secondary, shape: "ring" },
} as const satisfies Record<string, { label: string; color: string; shape: "circle" | "ring" }>;

/** Each crossing keeps its colour in every chart. */
const CROSSINGS: Record<string, string> = { rafah: COLORS.primary, kerem_shalom: COLORS.secondary };

export function crossingColor(crossing: string): string {
  return CROSSINGS[crossing] ?? COLORS.muted;
}

/** Type sizes inside the plot, per size. */
export function plotType(mobile: boolean) {
  return { label: mobile ? 12 : 13, value: mobile ? 12 : 13, tick: mobile ? 11 : 12 };
}
