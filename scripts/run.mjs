// The command behind `npm run charts`, `check` and `preview`: brings dist/ up to date with the
// TypeScript sources (only what changed; nothing on most runs), then runs the compiled command on
// plain node. Tests and development use tsx on the same sources: `npx tsx scripts/charts.ts`.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { compile } from "./compile.mjs";

const COMMANDS = ["charts", "check", "preview", "extract"];
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const [command, ...argv] = process.argv.slice(2);
if (command === "compile") {
  // npm install runs this (the prepare script): dist/ is ready before the first command.
  const files = await compile(root);
  process.stdout.write(`compiled ${files.length} file${files.length === 1 ? "" : "s"} into dist/\n`);
  process.exit(0);
}
if (!COMMANDS.includes(command ?? "")) {
  process.stderr.write(`unknown command: ${command ?? "(none)"} (expected ${COMMANDS.join(", ")})\n`);
  process.exit(2);
}
if (argv.includes("--debug")) process.setSourceMapsEnabled(true);
await compile(root);
// A project named with --root has its own notebooks: they are compiled too.
const at = argv.indexOf("--root");
const other = at >= 0 && argv[at + 1] ? resolve(argv[at + 1]) : undefined;
if (other && other !== root) await compile(other);
const { runMain } = await import(pathToFileURL(join(root, "dist/src/cli/main.js")).href);
const module = await import(pathToFileURL(join(root, `dist/src/cli/${command}.js`)).href);
process.exitCode = await runMain(module[command], argv);
