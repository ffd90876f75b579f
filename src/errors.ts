/**
 * The one error vocabulary, shared by every layer. A mistake the user can fix is a UserError: it
 * carries where it is (a data cell, a notebook's chart, or a file) and its exit code, and prints
 * as one line, `where: message`, with no stack. Anything else thrown is unexpected: a bug, printed
 * as "internal error" with exit code 2 and its stack only under --debug (Framework's CliError).
 */

/** A cell of a data table: 1-based line and column, the header is line 1; line 0 is the file as a whole. */
export interface Cell {
  file: string;
  line: number;
  column: number;
}

/** A part of a notebook: its file, and "chart <id>", "sentences", "disagreements" or "notebook". */
export interface NotebookPart {
  notebook: string;
  part: string;
}

/** A file or folder that could not be read or written. */
export interface FilePath {
  path: string;
}

export type Location = Cell | NotebookPart | FilePath;

/** "data/hostages.csv:3:4", "data/hostages.csv", "notebooks/hostages.ts: chart hostages-may-2024", "charts/x.svg". */
export function formatLocation(at: Location): string {
  if ("path" in at) return at.path;
  if ("notebook" in at) return `${at.notebook}: ${at.part}`;
  return at.line > 0 ? `${at.file}:${at.line}:${at.column}` : at.file;
}

// A notebook may load its own copy of this module (a project copied elsewhere and run with
// --root imports its own src/), whose UserError is another class: instances carry this brand,
// registered once per process, so `instanceof UserError` holds for every copy.
const USER_ERROR = Symbol.for("rafah-figures.UserError");

/** A mistake the user can fix, at its location: printed as one line, no stack trace, with this exit code. */
export class UserError extends Error {
  /** Where the mistake is; none for a mistake on the command line. */
  readonly location: Location | undefined;
  readonly exitCode: number;
  /** Extra lines printed after the message, e.g. every problem in the data. */
  readonly details: string[];
  constructor(
    message: string,
    options: { location?: Location; exitCode?: number; details?: string[]; cause?: unknown } = {},
  ) {
    super(options.location ? `${formatLocation(options.location)}: ${message}` : message, {
      cause: options.cause,
    });
    this.name = "UserError";
    this.location = options.location;
    this.exitCode = options.exitCode ?? 1;
    this.details = options.details ?? [];
    Object.defineProperty(this, USER_ERROR, { value: true });
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && USER_ERROR in value;
  }
}

/** One thing wrong with a data cell, as an editor fixes it. Every problem is gathered before a run stops. */
export interface Problem extends Cell {
  message: string;
}

// eslint-disable-next-line no-control-regex -- these are the characters to escape
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `file:line:column: message`, or `file: message` for the whole file. Never holds a control character. */
export function formatProblem(p: Problem): string {
  const text = `${formatLocation(p)}: ${p.message}`;
  // Messages quote what they show (quote.ts); this is the last guard before a terminal.
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Problems in file order, then line, then column, so a listing reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}

/** What went wrong with a file, in plain words, from a file-system error (its code), for `path: what is wrong`. */
const REASONS: Record<string, string> = {
  ENOENT: "file not found",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a directory, not a file",
  ERR_FS_EISDIR: "is a directory, not a file",
  ENOTDIR: "a folder on the path is a file",
  ELOOP: "too many symbolic links (a loop?)",
  ENOSPC: "no space left on the disk",
  EDQUOT: "disk quota exceeded",
  EROFS: "the file system is read-only",
  ENAMETOOLONG: "the name is too long",
  EMFILE: "too many open files",
  ENFILE: "too many open files",
  EBUSY: "the file is busy",
  ETXTBSY: "the file is busy",
  EEXIST: "already exists",
  EIO: "input/output error (EIO)",
};

export function fileProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && REASONS[code]) return REASONS[code];
  return error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
}
