// npm run extract starts node from a startup snapshot that holds compromise ready to tag: loading
// compromise costs some 0.4 s of CPU on every run (unpacking its lexicon and compiling its
// patterns), restoring it from the snapshot a fraction of that. The snapshot is made for one node
// binary and one compromise build, and is made again when either changes: its stamp names both,
// and its file name names the node version, so that scripts/extract.sh can pick it without
// starting node. A process without it (no snapshot yet, or one that cannot be built) loads
// compromise itself.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const BLOB = `nlp-node-${process.version}.blob`;

/** What the snapshot depends on: this node binary and compromise's one-file build, by size and time. */
function stampOf(root) {
  const build = createRequire(join(root, "package.json")).resolve("compromise");
  const s = statSync(build);
  return { build, stamp: `${process.execPath} ${process.version} ${build} ${s.size}:${s.mtimeMs}` };
}

/**
 * The snapshot for this node and compromise: its path, built first when missing or stale (about a
 * second, once), or undefined when node cannot build it (remembered, so it is not tried again).
 */
export function snapshotFor(root, outDir = join(root, "dist")) {
  let stamp;
  let build;
  try {
    ({ build, stamp } = stampOf(root));
    const was = readFileSync(join(outDir, `${BLOB}.stamp`), "utf8");
    if (was === stamp) return join(outDir, BLOB);
    if (was === `failed ${stamp}`) return undefined;
  } catch {
    if (!stamp) return undefined;
  }
  return buildSnapshot(build, stamp, outDir, join(root, "scripts", "nlp-snapshot.cjs"));
}

function buildSnapshot(build, stamp, outDir, entry) {
  mkdirSync(outDir, { recursive: true });
  const blob = join(outDir, BLOB);
  const partial = `${blob}.${process.pid}.tmp`;
  const r = spawnSync(
    process.execPath,
    ["--snapshot-blob", partial, "--build-snapshot", entry, build, stamp],
    { stdio: "ignore" },
  );
  // The stamp is written last and the blob renamed into place: a half-written blob is never used.
  rmSync(join(outDir, `${BLOB}.stamp`), { force: true });
  if (r.status !== 0) {
    rmSync(partial, { force: true });
    writeFileSync(join(outDir, `${BLOB}.stamp`), `failed ${stamp}`);
    return undefined;
  }
  renameSync(partial, blob);
  writeFileSync(join(outDir, `${BLOB}.stamp`), stamp);
  // The snapshot of earlier versions of this file, named for no node.
  for (const old of ["nlp.blob", "nlp.blob.stamp"]) rmSync(join(outDir, old), { force: true });
  return blob;
}

/** Whether this process was started from a snapshot. */
export function fromSnapshot() {
  return globalThis.__rafahNlp !== undefined;
}

/** Whether this process was started from the snapshot of this node and the compromise installed now. */
export function fromCurrentSnapshot(root) {
  try {
    return fromSnapshot() && globalThis.__rafahNlp.stamp === stampOf(root).stamp;
  } catch {
    return false;
  }
}
