// The entry of the startup snapshot npm run extract starts from (built by scripts/snapshot.mjs):
// compromise loaded, its lexicon unpacked and its taggers' patterns compiled, kept on globalThis
// for src/text/nlp.ts. node runs this once, when it builds the snapshot, with the path of
// compromise's one-file build and the snapshot's stamp (scripts/snapshot.mjs) as its arguments. A snapshot's entry may require only node's own
// modules, so the build (one self-contained file) is read and run as a CommonJS module by hand.
"use strict";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a snapshot entry is CommonJS
const { readFileSync } = require("node:fs");

const [file, stamp] = process.argv.slice(2);
if (!file || !stamp)
  throw new Error("usage: node --build-snapshot scripts/nlp-snapshot.cjs COMPROMISE.cjs STAMP");
const loaded = { exports: {} };
new Function("module", "exports", readFileSync(file, "utf8"))(loaded, loaded.exports);
const nlp = loaded.exports;
// What the first document of a process would otherwise build: the tagger's and chunker's pattern
// nets, the number parser and the noun inflector.
const doc = nlp(
  "The ministry said on Monday that at least 31 people, including twelve children, were killed.",
);
doc.compute("root");
doc
  .numbers()
  .isCardinal()
  .json({ terms: { offset: true } });
nlp("one Palestinian").nouns().toPlural().text();
globalThis.__rafahNlp = { nlp, file, stamp };
