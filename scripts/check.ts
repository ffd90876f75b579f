import { check } from "../src/cli/check.ts";
import { runMain } from "../src/cli/errors.ts";

await runMain((argv, io) => check(argv, io));
