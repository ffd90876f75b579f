/** Hostage figures that are parts of another figure of their own report: the dead of those held. */
import type { Hostage } from "../data/schema.ts";

/** Which measure each is a part of, in its own report: the dead are of the hostages held. */
const PART_OF: Partial<Record<Hostage["measure"], Hostage["measure"]>> = { held_dead: "held" };

/**
 * The total a row is a part of: the same article's figure of the measure it is part of, of the
 * same day ("36 of them dead" is of AFP's "an estimated 128"). Parts of totals that differ can
 * both be true.
 */
export function wholeOf(rows: readonly Hostage[]): (row: Hostage) => Hostage | undefined {
  return (r) => {
    const whole = PART_OF[r.measure];
    return whole
      ? rows.find((d) => d.measure === whole && d.source === r.source && +d.as_of === +r.as_of)
      : undefined;
  };
}
