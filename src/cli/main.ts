/**
 * The one place errors meet the terminal (Framework's CLI): a command is a function of argv and
 * an Io that returns an exit code. A UserError prints its message and details (exit 1, or its own
 * code); anything else is a bug and prints one line, with the stack and causes only under --debug.
 */
import type { Io } from "../pipeline/report.ts";
import { UserError } from "../errors.ts";

export type Command = (argv: readonly string[], io: Io, cwd?: string) => Promise<number>;

/**
 * An Io on two streams. A reader that goes away (`npm run check | head -1`) closes the pipe: the
 * stream's EPIPE error is taken here, and what is left to print is dropped, so the command still
 * does its work and ends with its own exit code instead of an unhandled error.
 */
export function streamIo(stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): Io {
  const line = (stream: NodeJS.WritableStream) => {
    let closed = false;
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
      closed = true;
    });
    return (text: string) => void (closed || stream.write(text + "\n"));
  };
  return { out: line(stdout), err: line(stderr) };
}

let consoleIo: Io | undefined;

export async function runMain(
  command: Command,
  argv: readonly string[],
  io: Io = (consoleIo ??= streamIo(process.stdout, process.stderr)),
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
