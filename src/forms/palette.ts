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
} as const;

/** Type sizes inside the plot, per size. */
export function plotType(mobile: boolean) {
  return { label: mobile ? 12 : 13, value: mobile ? 12 : 13, tick: mobile ? 11 : 12 };
}
