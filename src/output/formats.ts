/** The formats a build writes besides each chart's CSV and pages: alone, so a run with nothing to do loads nothing else. */
export type Format = "svg" | "png";
export const FORMATS: readonly Format[] = ["svg", "png"];
