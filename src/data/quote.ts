/** How much of a cell a message shows: enough to find it, never a whole line of an unknown file. */
const MAX = 40;

/**
 * A cell's text for a message: in double quotes, JSON-style, with control,
 * bidirectional and invisible line-breaking characters and lone surrogates
 * escaped as \uXXXX, cut to 40 characters with "…". Every message that shows
 * text from a data file goes through here, so none can reach a terminal raw.
 */
export function quote(text: string): string {
  const chars = Array.from(text);
  const shown = chars.length > MAX ? chars.slice(0, MAX).join("") + "…" : text;
  return JSON.stringify(shown).replace(
    /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
