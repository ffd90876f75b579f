/** A PNG worker thread: draws the jobs src/output/png.ts sends it, in order, and sends each PNG back. */
import { parentPort } from "node:worker_threads";
import { drawPng, type PngJob } from "./png.ts";

parentPort?.on("message", (job: PngJob) => {
  try {
    // Copied, not transferred: a small Buffer may share its memory with others.
    parentPort?.postMessage({ png: drawPng(job) });
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
