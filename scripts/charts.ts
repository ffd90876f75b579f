// npm run charts: the command module is loaded only when this script runs.
import { runMain } from "../src/cli/main.ts";

const { charts } = await import("../src/cli/charts.ts");
process.exitCode = await runMain(charts, process.argv.slice(2));
