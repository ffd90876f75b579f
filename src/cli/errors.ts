/** A mistake the user can fix: printed as one line, no stack trace, with this exit code. */
export class CliError extends Error {
  readonly exitCode: number;
  /** Extra lines printed after the message, e.g. every problem in the data. */
  readonly details: string[];
  constructor(message: string, options: { exitCode?: number; details?: string[] } = {}) {
    super(message);
    this.name = "CliError";
    this.exitCode = options.exitCode ?? 1;
    this.details = options.details ?? [];
  }
}

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  /** --debug: print the stacks of internal errors and their causes. */
  debug?: boolean;
}

export const consoleIo: Io = {
  out: (line) => process.stdout.write(line + "\n"),
  err: (line) => process.stderr.write(line + "\n"),
};

/**
 * Run a command once at the top of a script: a CliError prints its message and
 * details and sets its exit code; anything else is a bug and prints one line,
 * with the stack only under --debug.
 */
export async function runMain(
  main: (argv: string[], io: Io) => number | void | Promise<number | void>,
  argv = process.argv.slice(2),
  io = consoleIo,
): Promise<void> {
  const debug = argv.includes("--debug");
  try {
    const code = await main(
      argv.filter((a) => a !== "--debug"),
      { ...io, debug },
    );
    process.exitCode = code ?? 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message);
      for (const line of error.details) io.err(line);
      process.exitCode = error.exitCode;
    } else {
      io.err(
        `internal error: ${error instanceof Error ? error.message : String(error)}${debug ? "" : " (run with --debug for the stack)"}`,
      );
      if (debug && error instanceof Error && error.stack) io.err(error.stack);
      process.exitCode = 2;
    }
  }
}
