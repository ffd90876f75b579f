/** What a build is asked to do: the parsed command line of npm run charts. */
import type { Format } from "../output/chartFiles.ts";
import type { Theme } from "../style/theme.ts";

export interface BuildOptions {
  /** Project folder holding data/ and notebooks/. */
  root: string;
  /** Output folder, charts/ by default. */
  out: string;
  formats: Format[];
  /** Chart or notebook ids; empty for every chart. */
  ids: string[];
  /** Render even charts whose inputs have not changed since the last run. */
  force?: boolean;
  /** Colours: both palettes switched by the reader's setting ("auto"), or one forced. */
  theme?: Theme;
}
