/**
 * Command-line options declared once, with their help text: parsed with node:util parseArgs
 * (Framework's way), and --help built from each option's description.
 */
import { parseArgs } from "node:util";
import { UserError } from "../errors.ts";

export interface Option {
  type: "string" | "boolean";
  description: string;
  /** Shown after the flag in --help: "--out DIR". */
  arg?: string;
}

export type Options = Record<string, Option>;

type Values<O extends Options> = { [K in keyof O]?: O[K]["type"] extends "boolean" ? boolean : string };

/** Every command takes these. */
export const COMMON = {
  root: {
    type: "string",
    description: "project folder holding data/ and notebooks/ (default: current folder)",
    arg: "DIR",
  },
  debug: { type: "boolean", description: "print the stacks of internal errors and their causes" },
  help: { type: "boolean", description: "show this help" },
} as const satisfies Options;

/** --help: the usage line, what the command does, and each option with its description. */
export function usage(command: string, about: string, options: Options): string {
  const lines = [`Usage: ${command}`, "", ...about.split("\n"), "", "Options:"];
  for (const [name, o] of Object.entries(options)) {
    lines.push(`  ${`--${name}${o.arg ? ` ${o.arg}` : ""}`.padEnd(18)} ${o.description}`);
  }
  return lines.join("\n");
}

/** Parse argv against the options; a mistake is a UserError that points to --help. */
export function parse<O extends Options>(
  argv: readonly string[],
  options: O,
  command: string,
  positionals = false,
): { values: Values<O>; positionals: string[] } {
  try {
    const parsed = parseArgs({
      args: [...argv],
      allowPositionals: positionals,
      options: Object.fromEntries(Object.entries(options).map(([k, o]) => [k, { type: o.type }])),
    });
    return { values: parsed.values as Values<O>, positionals: parsed.positionals };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const option = /Unknown option '([^']+)'/.exec(message)?.[1];
    const positional = /Unexpected argument '([^']+)'/.exec(message)?.[1];
    const what = option
      ? `unknown option: ${option}`
      : positional
        ? `unexpected argument: ${positional}`
        : message.split(".")[0];
    throw new UserError(`${what}. Run ${command} -- --help for the options.`);
  }
}
