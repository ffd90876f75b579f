/* eslint-disable no-control-regex -- this module finds control characters */
/**
 * Characters no cell may hold: C0 controls other than tab and line ends, DEL,
 * C1 controls, lone surrogates, and the bidirectional embeddings, overrides
 * and isolates (U+202A–U+202E, U+2066–U+2069). Each is invisible or reorders
 * text in an editor, and would reach a chart, a page or a terminal as it is.
 */
const FORBIDDEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Each forbidden character's offset in the text, with a message naming it. */
export function forbiddenCharacters(text: string): { offset: number; message: string }[] {
  const found = [];
  for (const m of text.matchAll(FORBIDDEN)) {
    const code = m[0].charCodeAt(0);
    const name = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
    const what =
      code >= 0xd800 && code <= 0xdfff
        ? "lone surrogate"
        : code >= 0x202a
          ? "bidirectional control character"
          : "control character";
    found.push({ offset: m.index, message: `${what} ${name} is not allowed` });
  }
  return found;
}
