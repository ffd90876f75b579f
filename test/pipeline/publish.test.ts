/** Writing a build: a charts/ folder that cannot be written is the user's to fix, one line per file, exit 1. */
import assert from "node:assert/strict";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { charts } from "../../src/cli/charts.ts";
import { runMain } from "../../src/cli/main.ts";
import { memoryIo } from "../../src/pipeline/report.ts";
import { copyProject, removeCopy } from "../helpers.ts";

test("charts() into a charts/ whose notebook folder is a file: one line per file it could not write, the other notebooks written, exit 1", async () => {
  const dir = copyProject();
  try {
    rmSync(join(dir, "charts/hostages"), { recursive: true });
    writeFileSync(join(dir, "charts/hostages"), "a file where a folder goes");
    rmSync(join(dir, "charts/gaza-toll/ceasefire-toll.svg"));
    const io = memoryIo();
    const code = await runMain(charts, ["--format", "svg", "--force"], io, dir);
    assert.equal(code, 1, io.stderr.join("\n"));
    const files = [
      "hostages-jan-2026.svg",
      "hostages-jan-2026.mobile.svg",
      "hostages-jan-2026.csv",
      "hostages-jan-2026.embed.html",
      "hostages-may-2024.svg",
      "hostages-may-2024.mobile.svg",
      "hostages-may-2024.csv",
      "hostages-may-2024.embed.html",
      "index.html",
      "figures.json",
    ];
    assert.deepEqual(
      [...io.stderr].sort(),
      files.map((f) => `error: could not write charts/hostages/${f}: charts/hostages is not a folder`).sort(),
    );
    assert.ok(
      readFileSync(join(dir, "charts/gaza-toll/ceasefire-toll.svg")).equals(
        readFileSync("charts/gaza-toll/ceasefire-toll.svg"),
      ),
      "the other notebooks' files are written",
    );
  } finally {
    removeCopy(dir);
  }
});
