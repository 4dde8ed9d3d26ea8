import fs from "node:fs";
import path from "node:path";
import type { BenchContext } from "./bench-context.js";
import type { RunResult } from "./run-timed.js";

export interface StartupRuns {
  readonly nodeOnly: RunResult[];
  readonly warm: RunResult[];
  readonly cold: RunResult[];
  readonly stockBuild: RunResult[];
}

const INPUT = "規模の経済\n";

/**
 * `echo 規模の経済 | kouka analyze` with the dictionary cache warm and cold, `node -e 0`,
 * and a fresh process building stock kuromoji, interleaved round by round so that a
 * noisy neighbour slows all four alike. Each cold run gets its own empty XDG_CACHE_HOME.
 */
export async function measureStartup(ctx: BenchContext, runs: number): Promise<StartupRuns> {
  const analyze = ctx.koukaSpec(["analyze"], { input: INPUT, capture: true });
  // Untimed: fill the user's dictionary cache and the OS page cache.
  const first = await ctx.run(analyze);
  if (!/^-,/m.test(first.stdout)) throw new Error(`unexpected kouka analyze output:\n${first.stdout}`);
  await ctx.run(ctx.child("child-stock-build"));

  const out: StartupRuns = { nodeOnly: [], warm: [], cold: [], stockBuild: [] };
  for (let i = 0; i < runs; i++) {
    ctx.log(`start-up round ${i + 1}/${runs}`);
    out.nodeOnly.push(await ctx.run({ command: process.execPath, args: ["-e", "0"] }));
    out.warm.push(await ctx.run(analyze));
    const cache = fs.mkdtempSync(path.join(ctx.tmp, "cold-cache-"));
    out.cold.push(await ctx.run({ ...analyze, env: { ...process.env, XDG_CACHE_HOME: cache } }));
    if (!fs.readdirSync(path.join(cache, "kouka")).some((n) => n.endsWith(".bin"))) {
      throw new Error(`a cold run wrote no dictionary cache in ${cache}: the warm runs may not be warm either`);
    }
    fs.rmSync(cache, { recursive: true, force: true });
    out.stockBuild.push(await ctx.run(ctx.child("child-stock-build")));
  }
  return out;
}
