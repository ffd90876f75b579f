import { charts } from "../src/cli/charts.ts";
import { runMain } from "../src/cli/errors.ts";

await runMain((argv, io) => charts(argv, io));
