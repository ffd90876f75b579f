import { runMain } from "../src/cli/errors.ts";
import { preview } from "../src/cli/preview.ts";

await runMain((argv, io) => preview(argv, io));
