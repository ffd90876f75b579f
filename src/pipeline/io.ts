/** Where a command's output goes: injected, so tests run commands in process and silently. */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  /** --debug: print the stacks of internal errors and their causes. */
  debug?: boolean;
}

/** An Io that keeps every line, for tests and for callers that report later. */
export function memoryIo(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => void stdout.push(l), err: (l) => void stderr.push(l) };
}
