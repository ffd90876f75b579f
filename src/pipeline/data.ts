import { join } from "node:path";
import { loadData, type Data } from "../data/load.ts";
import { formatProblem } from "../data/problem.ts";
import { CliError } from "../errors.ts";

/** Load the project's tables or stop with every problem as file:line:column: message. */
export function loadOrFail(root: string): Data {
  const result = loadData(join(root, "data"), "data");
  if (result.ok) return result.data;
  const n = result.problems.length;
  throw new CliError(`${n} problem${n === 1 ? "" : "s"} in the data; nothing was written`, {
    details: result.problems.map(formatProblem),
  });
}
