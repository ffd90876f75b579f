/**
 * The one place errors meet the terminal (Framework's CLI): a command is a function of argv and
 * an Io that returns an exit code. A UserError prints its message and details (exit 1, or its own
 * code); anything else is a bug and prints one line, with the stack and causes only under --debug.
 */
import type { Io } from "../pipeline/report.ts";
import { UserError } from "../errors.ts";

export type Command = (argv: readonly string[], io: Io, cwd?: string) => Promise<number>;

const consoleIo: Io = {
  out: (line) => process.stdout.write(line + "\n"),
  err: (line) => process.stderr.write(line + "\n"),
};

export async function runMain(
  command: Command,
  argv: readonly string[],
  io: Io = consoleIo,
  cwd = process.cwd(),
): Promise<number> {
  const debug = argv.includes("--debug");
  try {
    return await command(
      argv.filter((a) => a !== "--debug"),
      { ...io, debug },
      cwd,
    );
  } catch (error) {
    if (error instanceof UserError) {
      io.err(error.message);
      for (const line of error.details) io.err(line);
      if (debug) printCauses(error, io);
      return error.exitCode;
    }
    io.err(
      `internal error: ${error instanceof Error ? error.message : String(error)}${debug ? "" : " (run with --debug for the stack)"}`,
    );
    if (debug) printCauses(error, io);
    return 2;
  }
}

/** The error's stack, then each cause's. */
function printCauses(error: unknown, io: Io): void {
  for (let e: unknown = error; e instanceof Error; e = e.cause) io.err(e.stack ?? e.message);
}
