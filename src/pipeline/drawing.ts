/** Loading the drawing modules only when something must be drawn, with the PNG workers started first. */
import type { Format } from "../output/chartFiles.ts";

/** The drawing module. The PNG workers start before it loads, so they boot while jsdom and Plot do. */
export async function drawing(formats: readonly Format[]): Promise<typeof import("../output/draw.ts")> {
  if (formats.includes("png")) (await import("../output/png.ts")).startPngWorkers();
  return import("../output/draw.ts");
}
