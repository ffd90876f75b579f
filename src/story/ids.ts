/** Ids for sentences and anchors: stable, readable, never empty, whatever the script. */
import { createHash } from "node:crypto";

/**
 * "Israeli officials" → "israeli-officials", "Türkiye" → "turkiye". Text with no Latin
 * letters or digits (Arabic, Hebrew) gets "x" and a short hash of the text, so an id
 * is never empty and stays the same for the same text.
 */
function slug(text: string, maxLength = 40): string {
  const ascii = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, "");
  return ascii || `x${hash(text)}`;
}

/** An id from parts, each slugged: sentenceId("toll", "2024-05-07", "AFP") → "toll-2024-05-07-afp". */
export function idOf(...parts: string[]): string {
  return parts.map((p) => slug(p)).join("-");
}

function hash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 6);
}
