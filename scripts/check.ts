// npm run check: the command module is loaded only when this script runs.
import { runMain } from "../src/cli/main.ts";

const { check } = await import("../src/cli/check.ts");
process.exitCode = await runMain(check, process.argv.slice(2));
