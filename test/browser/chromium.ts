/** Debian's chromium, launched headless the same way by every browser test. */
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

/** A headless chromium; `env` for a fontconfig of the test's own. */
export function launch(env?: NodeJS.ProcessEnv): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, ...(env ? { env } : {}) });
}
