/**
 * PNGs of chart SVGs, drawn by resvg and written with zlib's deflate in worker threads, so the main
 * thread keeps drawing SVGs meanwhile and never copies a pixel.
 */
import { availableParallelism } from "node:os";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Worker } from "node:worker_threads";
import { deflateSync } from "node:zlib";
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import { LIGHT } from "../style/index.ts";

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve("source-sans/package.json")), "TTF");

/** Source Sans 3 from npm, for an SVG rasterized without its own subset fonts: the PNG never depends on the machine's fonts. */
const FONT_FILES = ["Regular", "Semibold", "Bold"].map((w) => join(fontDir, `SourceSans3-${w}.ttf`));

/** One PNG to draw: what a worker is sent. */
export interface PngJob {
  svg: string;
  scale: number;
  fonts: readonly string[];
}

/**
 * Draw a chart SVG at `scale` times its width, as a PNG. `fonts` are the TrueType files to draw
 * with (renderChart passes the chart's own subset faces, src/render/fonts.ts); never system fonts.
 * resvg applies the light palette: it reads the <style>'s plain rules and skips the
 * prefers-color-scheme block. Same SVG, same bytes. Synchronous: the workers call it.
 */
export function drawPng({ svg, scale, fonts }: PngJob): Buffer {
  // resvg's pixels are premultiplied by alpha: written as straight RGBA they are right only
  // because the background is opaque (options), so every pixel's alpha is 255.
  const image = new Resvg(svg, options(svg, scale, fonts)).render();
  return encodePng(image.pixels, image.width, image.height);
}

function options(svg: string, scale: number, fonts: readonly string[]): ResvgRenderOptions {
  const width = Number(/<svg[^>]*\swidth="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
  if (!Number.isFinite(width)) throw new Error("svg has no width");
  return {
    fitTo: { mode: "width", value: Math.round(width * scale) },
    background: LIGHT.background,
    font: {
      fontFiles: [...fonts],
      loadSystemFonts: false,
      defaultFontFamily: "Source Sans 3",
      sansSerifFamily: "Source Sans 3",
    },
  };
}

/**
 * RGBA pixels as a PNG (8-bit truecolour with alpha, no interlace), every row with filter 0 and
 * the whole image deflated at zlib's level 3 (files 10% smaller than resvg's own, at a third of the
 * time of level 6). Why ours: resvg-js's asPng() has no options
 * and its files were half as large again for our flat-coloured charts; pngjs filters in
 * JavaScript and defaults to RLE, which made files 50% larger than resvg's. The format is four
 * chunks; zlib does the work.
 */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 4;
  if (rgba.length !== stride * height)
    throw new Error(`expected ${stride * height} bytes of pixels, got ${rgba.length}`);
  const rows = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++)
    rows.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type 6 (RGBA), deflate, filter method 0, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 3 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** CRC-32 (ISO 3309, as PNG's chunks use it): zlib.crc32 arrived in Node 22.2, and this project runs on 20. */
const CRC_TABLE = Int32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

export function crc32(bytes: Uint8Array): number {
  let c = -1;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

interface Queued {
  job: PngJob;
  resolve: (png: Buffer) => void;
  reject: (error: unknown) => void;
  /**
   * Set to 1 by whichever thread takes the job first, the worker that holds it or this thread
   * (drawHere): a job waiting in a busy worker's port is drawn here instead, once this thread has
   * nothing else to do.
   */
  claim?: Int32Array;
  /** Taken back from its worker and drawn here: the worker's answer for it is only a "skipped". */
  stolen?: boolean;
}

/** What a worker is sent: the job, and the claim it must win before it draws. */
export type PngMessage = PngJob & { claim: Int32Array };

interface Slot {
  worker: Worker;
  held: Queued[];
}

/** Jobs a worker holds at once: one drawing, one waiting in its port, so it never waits on a busy main thread. */
const HELD = 2;

/**
 * The PNG workers of this process, one per core but the main thread's. Jobs wait in a queue here
 * and each worker holds at most two; once the main thread has drawn every SVG it draws queued PNGs
 * itself (drawQueuedPngs), and then those a worker holds but has not begun, so on two cores both
 * draw PNGs to the end of a build. Workers are unreferenced while idle, so they never keep the
 * process alive.
 */
export class PngWorkers {
  private queue: Queued[] = [];
  private slots: Slot[] = [];
  /** What happened, for tests: workers started, workers lost, PNGs drawn on this thread. */
  readonly stats = { started: 0, lost: 0, drawnHere: 0 };

  /** `url`: the worker's module (a test gives one that fails). */
  constructor(url = workerUrl()) {
    for (let i = 0; i < Math.max(1, availableParallelism() - 1); i++) {
      const slot: Slot = { worker: new Worker(url), held: [] };
      this.stats.started++;
      slot.worker.unref();
      slot.worker.on("message", (m: { png?: Uint8Array; error?: string; skipped?: boolean }) => {
        const done = slot.held.shift();
        if (m.skipped) {
          // Drawn here already (drawHere took it back); a skip of any other job is a fault.
          if (!done?.stolen) done?.reject(new Error("the PNG worker skipped a job it held"));
        } else if (m.png) done?.resolve(Buffer.from(m.png.buffer, m.png.byteOffset, m.png.byteLength));
        else done?.reject(new Error(m.error ?? "the PNG worker failed"));
        this.pump();
      });
      // A worker that fails or ends gives its jobs back to the others; with none left, this thread
      // draws them. Once per worker, whichever event comes first.
      const lost = () => {
        if (!this.slots.includes(slot)) return;
        this.stats.lost++;
        this.slots = this.slots.filter((s) => s !== slot);
        this.queue.unshift(...slot.held.filter((q) => !q.stolen));
        slot.held = [];
        this.pump();
        if (this.slots.length === 0) void this.drawHere();
      };
      slot.worker.on("error", lost);
      slot.worker.on("exit", lost);
      this.slots.push(slot);
    }
  }

  draw(job: PngJob): Promise<Buffer> {
    return new Promise<Buffer>((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.pump();
      if (this.slots.length === 0) void this.drawHere();
    });
  }

  private pump(): void {
    for (const slot of this.slots) {
      while (slot.held.length < HELD && this.queue.length) {
        const next = this.queue.shift();
        if (!next) break;
        next.claim = new Int32Array(new SharedArrayBuffer(4));
        slot.held.push(next);
        slot.worker.postMessage({ ...next.job, claim: next.claim } satisfies PngMessage);
      }
      if (slot.held.length) slot.worker.ref();
      else slot.worker.unref();
    }
  }

  /** End every worker; PNGs still queued are drawn on this thread. */
  stop(): void {
    const slots = this.slots;
    this.slots = [];
    for (const slot of slots) {
      this.queue.unshift(...slot.held.filter((q) => !q.stolen));
      void slot.worker.terminate();
    }
    if (this.queue.length) void this.drawHere();
  }

  /**
   * Draw queued PNGs on this thread until none is left, letting the workers' answers in between;
   * then the jobs waiting in a worker that has not started them: with one worker and three PNGs
   * (one chart changed), the worker held two and this thread waited for the second.
   */
  async drawHere(): Promise<void> {
    for (let next = this.next(); next; next = this.next()) {
      try {
        this.stats.drawnHere++;
        next.resolve(drawPng(next.job));
      } catch (error) {
        next.reject(error);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** The next job for this thread: a queued one, or one a worker holds but has not claimed. */
  private next(): Queued | undefined {
    const queued = this.queue.shift();
    if (queued) return queued;
    for (const slot of this.slots) {
      for (const held of slot.held) {
        if (held.stolen || !held.claim || Atomics.compareExchange(held.claim, 0, 0, 1) !== 0) continue;
        held.stolen = true;
        return held;
      }
    }
    return undefined;
  }
}

/** The compiled command runs dist/pngWorker.js; under tsx a small plain module loads the source. */
function workerUrl(): URL {
  return import.meta.url.endsWith(".ts")
    ? new URL("./pngWorker.dev.mjs", import.meta.url)
    : new URL("./pngWorker.js", import.meta.url);
}

let workers: PngWorkers | undefined;

/** Start the PNG workers now, so they load while the main thread loads the renderer. */
export function startPngWorkers(): void {
  workers ??= new PngWorkers();
}

/** A chart SVG as a PNG, drawn in a worker thread (see drawPng). */
export function rasterize(svg: string, scale = 2, fonts: readonly string[] = FONT_FILES): Promise<Buffer> {
  workers ??= new PngWorkers();
  return workers.draw({ svg, scale, fonts });
}

/** What the PNG workers of this process have done so far (for tests). */
export function pngWorkerStats(): { started: number; lost: number; drawnHere: number } {
  return { ...(workers?.stats ?? { started: 0, lost: 0, drawnHere: 0 }) };
}

/** The main thread has nothing else to draw: it draws queued PNGs too, beside the workers. */
export function drawQueuedPngs(): Promise<void> {
  return workers?.drawHere() ?? Promise.resolve();
}

/** End this process's PNG workers (a watch moving to new code starts its own). */
export function stopPngWorkers(): void {
  workers?.stop();
  workers = undefined;
}
