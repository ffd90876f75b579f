// The command behind `npm run charts`, `check` and `preview`: brings dist/ up to date with the
// TypeScript sources (only what changed; nothing on most runs), then runs the compiled command on
// plain node. Tests and development use tsx on the same sources: `npx tsx scripts/charts.ts`.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { spawnSync } from "node:child_process";
import { compile, CompileError } from "./compile.mjs";
import { fromCurrentSnapshot, snapshotFor } from "./snapshot.mjs";
import { vendorBundle } from "./vendor.mjs";

const COMMANDS = ["charts", "check", "preview", "extract"];
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const [command, ...argv] = process.argv.slice(2);

/** Compile a project; a syntax error is the user's to fix: each at file:line:column, exit 1. */
async function compiled(project) {
  try {
    return await compile(project);
  } catch (error) {
    if (!(error instanceof CompileError)) throw error;
    for (const line of error.lines()) process.stderr.write(`${line}\n`);
    process.stderr.write(`${error.message}; nothing was run\n`);
    process.exit(1);
  }
}

if (command === "compile") {
  // npm install runs this (the prepare script): dist/ is ready before the first command.
  const files = await compiled(root);
  snapshotFor(root);
  await vendorBundle(root);
  process.stdout.write(`compiled ${files.length} file${files.length === 1 ? "" : "s"} into dist/\n`);
  process.exit(0);
}
if (!COMMANDS.includes(command ?? "")) {
  process.stderr.write(`unknown command: ${command ?? "(none)"} (expected ${COMMANDS.join(", ")})\n`);
  process.exit(2);
}
if (argv.includes("--debug")) process.setSourceMapsEnabled(true);
// A project named with --root has its own notebooks: they are compiled too.
const at = argv.indexOf("--root");
const other = at >= 0 && argv[at + 1] ? resolve(argv[at + 1]) : undefined;
// A process the launcher below started has nothing left to compile.
const launched = process.env.RAFAH_FIGURES_LAUNCHED === "1";
delete process.env.RAFAH_FIGURES_LAUNCHED;
if (!launched) {
  await compiled(root);
  if (command !== "extract") await vendorBundle(root);
  if (other && other !== root) await compiled(other);
}
if (command === "extract" && !launched && !fromCurrentSnapshot(root)) {
  // extract runs in a node started from the snapshot that holds compromise ready (scripts/snapshot.mjs):
  // 0.4 s less than loading it here, for the 0.1 s of starting node again. scripts/extract.sh
  // starts this node from it already when it can; one started from a stale snapshot starts again.
  const blob = snapshotFor(root);
  const r = blob
    ? spawnSync(
        process.execPath,
        ["--snapshot-blob", blob, fileURLToPath(import.meta.url), command, ...argv],
        {
          stdio: "inherit",
          env: { ...process.env, RAFAH_FIGURES_LAUNCHED: "1" },
        },
      )
    : undefined;
  if (r && !r.error) process.exit(r.status ?? 2);
}
const { runMain } = await import(pathToFileURL(join(root, "dist/src/cli/main.js")).href);
const module = await import(pathToFileURL(join(root, `dist/src/cli/${command}.js`)).href);
process.exitCode = await runMain(module[command], argv);
