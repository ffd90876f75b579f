/**
 * One thing wrong with a data file, located for an editor: 1-based line and
 * column, header is line 1. Line 0 is the file as a whole (it is missing, or
 * not a regular file).
 */
export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
}

// eslint-disable-next-line no-control-regex -- these are the characters to escape
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `file:line:column: message`, or `file: message` for the whole file. Never holds a control character. */
export function formatProblem(p: Problem): string {
  const text = p.line > 0 ? `${p.file}:${p.line}:${p.column}: ${p.message}` : `${p.file}: ${p.message}`;
  // Messages quote what they show (quote.ts); this is the last guard before a terminal.
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Problems in file order, then line, then column, so a listing reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}
