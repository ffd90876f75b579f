import { JSDOM } from "./libs.ts";

let shared: InstanceType<typeof JSDOM>["window"] | undefined;

/**
 * The one jsdom window of this process, created on first use and reused for
 * every chart (a window per chart is several times slower and leaks memory).
 * It is never made global: Plot's 0.5 px offset depends on whether a global
 * window exists, and output must be the same in every process.
 */
export function sharedWindow(): InstanceType<typeof JSDOM>["window"] {
  if ("window" in globalThis || "it" in globalThis) {
    throw new Error("a global window or it is defined: Plot's pixel offset would change the output");
  }
  return (shared ??= new JSDOM("<!DOCTYPE html><html><body></body></html>").window);
}
