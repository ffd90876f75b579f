// npm run preview: the command module is loaded only when this script runs.
import { runMain } from "../src/cli/main.ts";

const { preview } = await import("../src/cli/preview.ts");
process.exitCode = await runMain(preview, process.argv.slice(2));
