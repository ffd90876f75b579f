/** A PNG worker thread: draws the jobs src/output/png.ts sends it, in order, and sends each PNG back. */
import { parentPort } from "node:worker_threads";
import { drawPng, type PngMessage } from "./png.ts";

parentPort?.on("message", (job: PngMessage) => {
  // The main thread may have taken this job while it waited here: then it is only acknowledged.
  if (Atomics.compareExchange(job.claim, 0, 0, 1) !== 0) {
    parentPort?.postMessage({ skipped: true });
    return;
  }
  try {
    // Copied, not transferred: a small Buffer may share its memory with others.
    parentPort?.postMessage({ png: drawPng(job) });
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
