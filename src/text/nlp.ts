/**
 * compromise, loaded from its one-file build. Its ES-module entry is some 520 files, and node
 * spends about half a second finding, reading and linking them before the first word is tagged;
 * the one-file build (the package's "require" export, the same version and code) loads in a
 * fraction of that. npm run extract goes further: its node starts from a snapshot that already
 * holds this build, loaded and warmed (scripts/snapshot.mjs), and takes it from there. Every
 * module takes compromise from here, so a process holds one copy.
 */
import { createRequire } from "node:module";
import type compromise from "compromise";

export type Nlp = typeof compromise;

const snapshot = (globalThis as { __rafahNlp?: { nlp: Nlp } }).__rafahNlp;

export const nlp: Nlp = snapshot?.nlp ?? (createRequire(import.meta.url)("compromise") as Nlp);
