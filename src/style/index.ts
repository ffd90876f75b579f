/**
 * The house style, defined once: the palette with fixed meanings and its dark version, the type
 * scale and spacing, the fonts, date and number styles, and the credit. Every form, the frame
 * and the pages import it from here.
 */
export * from "./palette.ts";
export * from "./type.ts";
export * from "./forms.ts";
export * from "./timeline.ts";
export * from "./eventList.ts";
export * from "./frame.ts";
export * from "./theme.ts";
export * from "./numbers.ts";
export * from "./dates.ts";

/** The credit at the foot of every chart when package.json sets none ("rafah.credit"). */
export const DEFAULT_CREDIT = "Graphic: Rafah figures";
