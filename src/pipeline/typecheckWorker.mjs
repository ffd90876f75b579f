// The type checker of a watch, in a worker thread: a TypeScript language service kept warm on the
// project (tsconfig.json's options), so a saved notebook is checked in a fraction of a second
// beside the main thread's drawing, not in the seconds a fresh `tsc` takes. Plain JavaScript, so
// it runs the same under tsx and compiled. A file's version is its size and time on disk: the
// service sees every save without being told. Messages in: { id, root, files } (files relative
// to root); out: { id, problems: [{ file, line, column, message }] }, or { id, unavailable }.
import { readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parentPort } from "node:worker_threads";

/** The options of this project's tsconfig.json, for a copy of the project that has none. */
const DEFAULTS = {
  target: "ES2022",
  module: "NodeNext",
  moduleResolution: "NodeNext",
  strict: true,
  noUncheckedIndexedAccess: true,
  noImplicitOverride: true,
  esModuleInterop: true,
  skipLibCheck: true,
  allowImportingTsExtensions: true,
  noEmit: true,
  resolveJsonModule: true,
  types: ["node"],
};

let ts;
try {
  ts = (await import("typescript")).default;
} catch {
  ts = undefined;
}

/** One language service per project root. */
const services = new Map();

function service(root) {
  let found = services.get(root);
  if (found) return found;
  const config = join(root, "tsconfig.json");
  let options;
  try {
    statSync(config);
    options = ts.getParsedCommandLineOfConfigFile(
      config,
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} },
    )?.options;
  } catch {
    options = undefined;
  }
  options ??= ts.convertCompilerOptionsFromJson(DEFAULTS, root).options;
  const names = new Set();
  const snapshots = new Map();
  const version = (file) => {
    // Packages do not change while the watch runs: no stat for each of their files.
    if (file.includes("/node_modules/")) return "0";
    try {
      const s = statSync(file);
      return `${s.size}:${s.mtimeMs}`;
    } catch {
      return "missing";
    }
  };
  const host = {
    getScriptFileNames: () => [...names],
    getScriptVersion: version,
    getScriptSnapshot(file) {
      const v = version(file);
      const known = snapshots.get(file);
      if (known && known.v === v) return known.snapshot;
      let text;
      try {
        text = readFileSync(file, "utf8");
      } catch {
        return undefined;
      }
      const snapshot = ts.ScriptSnapshot.fromString(text);
      snapshots.set(file, { v, snapshot });
      return snapshot;
    },
    getCurrentDirectory: () => root,
    getCompilationSettings: () => options,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
    realpath: ts.sys.realpath,
  };
  found = { names, ls: ts.createLanguageService(host, ts.createDocumentRegistry()) };
  services.set(root, found);
  return found;
}

/** Errors in `files`, syntax first, each at its 1-based line and column, in one line. */
function check(root, files) {
  const { names, ls } = service(root);
  for (const f of files) names.add(resolve(root, f));
  const problems = [];
  for (const f of files) {
    const path = resolve(root, f);
    const diagnostics = [...ls.getSyntacticDiagnostics(path)];
    if (diagnostics.length === 0) diagnostics.push(...ls.getSemanticDiagnostics(path));
    for (const d of diagnostics) {
      if (d.category !== ts.DiagnosticCategory.Error) continue;
      const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
      problems.push({
        file: relative(root, d.file?.fileName ?? path)
          .split("\\")
          .join("/"),
        line: (at?.line ?? 0) + 1,
        column: (at?.character ?? 0) + 1,
        message: ts.flattenDiagnosticMessageText(d.messageText, "\n").replace(/\n\s*/g, " "),
      });
    }
  }
  return problems;
}

parentPort?.on("message", ({ id, root, files }) => {
  if (!ts) {
    parentPort?.postMessage({ id, unavailable: "typescript is not installed" });
    return;
  }
  try {
    parentPort?.postMessage({ id, problems: check(root, files) });
  } catch (error) {
    parentPort?.postMessage({ id, unavailable: error instanceof Error ? error.message : String(error) });
  }
});
