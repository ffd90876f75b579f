/**
 * Every mark labelled on the web chart is labelled on its social card, read from the placer's
 * output (PlotLayout.labelled), not from pixels; a card that cannot place one fails its build.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import * as Plot from "@observablehq/plot";
import { NoRoom } from "../../src/chart.ts";
import { reportsOverTimeLayout } from "../../src/forms/reportsOverTimeLayout.ts";
import { plotWidth } from "../../src/render/frameLayout.ts";
import { project, socialBoxOf } from "../helpers.ts";

test("every chart labels on its social card each mark its web chart labels (the placer's output)", async () => {
  const { notebooks, names } = await project();
  const compared: string[] = [];
  for (const nb of notebooks)
    for (const chart of nb.charts) {
      const web = chart.plot({ Plot, width: plotWidth("web"), size: "web", mobile: false });
      if (!web.labelled) continue;
      const box = socialBoxOf(chart, names);
      // As the build draws it: to the card's box, never to a taller card (test/render/renderSvg.test.ts
      // holds every card to 1200 × 675).
      const card = chart.plot({ Plot, width: box.width, size: "web", mobile: false, height: box.height });
      const missing = web.labelled.filter((k) => !card.labelled?.includes(k));
      assert.deepEqual(missing, [], `${chart.id}: labelled on web, not on the social card`);
      assert.ok(web.labelled.length > 0, chart.id);
      compared.push(chart.id);
    }
  // The toll charts label their reports; the timelines label their events (on the card, a numbered key).
  for (const id of ["toll-reports", "ceasefire-toll", "crossings-timeline", "crossings-may-2024"])
    assert.ok(compared.includes(id), `${id} compared: ${compared.join(", ")}`);
});

test("reportsOverTimeLayout on a social card too short for its labels fails, naming the label, unless crowded", () => {
  const day = (d: number) => new Date(Date.UTC(2026, 0, d));
  const at = (d: number, value: number, who: string) => ({
    date: day(d),
    value,
    series: "killed",
    label: `more than ${value}`,
    who,
  });
  const points = [at(6, 400, "Gaza health ministry"), at(6, 422, "health officials"), at(7, 430, "AFP")];
  assert.throws(
    () =>
      reportsOverTimeLayout(
        points,
        { numberStyle: "full" },
        { width: 200, size: "web", mobile: false, height: 60 },
      ),
    (error) =>
      error instanceof NoRoom &&
      /^no room on the social card for (one label|two labels|three labels): more than/.test(error.message),
  );
  // The card's last, crowded try leaves out what it cannot place rather than fail (src/chart.ts).
  const crowded = reportsOverTimeLayout(
    points,
    { numberStyle: "full" },
    { width: 200, size: "web", mobile: false, height: 60, crowded: true },
  );
  assert.ok((crowded.labelled ?? []).length < points.length);
  assert.ok(
    reportsOverTimeLayout(points, { numberStyle: "full" }, { width: 200, size: "web", mobile: false }).notes
      .length,
  );
});
