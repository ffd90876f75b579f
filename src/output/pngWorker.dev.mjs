// The PNG worker where the sources run under tsx (tests, development): on Node 20 a loader given
// with --import does not reach worker threads, so tsx's own API loads pngWorker.ts here. The
// compiled command (dist/) starts pngWorker.js directly and never loads this file.
import { tsImport } from "tsx/esm/api";

await tsImport("./pngWorker.ts", import.meta.url);
