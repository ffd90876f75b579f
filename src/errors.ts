/** Errors the user can fix, shared by every layer: printed as one line, with an exit code and no stack. */
import { fileProblem } from "./fileErrors.ts";

/** A mistake the user can fix: printed as one line, no stack trace, with this exit code (Framework's CliError). */
export class CliError extends Error {
  readonly exitCode: number;
  /** Extra lines printed after the message, e.g. every problem in the data. */
  readonly details: string[];
  constructor(message: string, options: { exitCode?: number; details?: string[]; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "CliError";
    this.exitCode = options.exitCode ?? 1;
    this.details = options.details ?? [];
  }
}

/** A file that could not be read or written, in one line: `path: what is wrong`. The user can fix it (exit 1). */
export class FileError extends CliError {
  readonly path: string;
  constructor(path: string, reason: string, cause?: unknown) {
    super(`${path}: ${reason}`, { cause });
    this.name = "FileError";
    this.path = path;
  }
}

/** The FileError for a failed read or write of `path`. */
export function fileError(path: string, error: unknown): FileError {
  return new FileError(path, fileProblem(error), error);
}
