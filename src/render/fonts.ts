/**
 * Fonts inside each SVG, and the same faces for its PNG, in parts by what they do:
 * - ./fontFaces.ts: the faces (Source Sans 3, Noto Sans Hebrew and Arabic) per weight;
 * - ./planFonts.ts: which characters of a chart each face draws (planFonts);
 * - ./cutFace.ts: a face cut to those characters, as TrueType or WOFF2 (./woff2.ts), cached;
 * - ./embedFonts.ts: the cuts embedded in the SVG's <style> (embedFonts), and as TrueType for resvg (truetypeFaces);
 * - ./fontFiles.ts: those TrueType faces as files for resvg (fontFiles);
 * - ./forResvg.ts: the SVG as resvg must get it, Arabic runs set apart (forResvg).
 */
export { embedFonts, truetypeFaces, type EmbeddedSvg } from "./embedFonts.ts";
export { fontFiles } from "./fontFiles.ts";
export { forResvg } from "./forResvg.ts";
export { planFonts, type FontPlan } from "./planFonts.ts";
