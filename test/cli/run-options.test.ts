import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { resolveRunOptions } from "../../src/cli/run-options.js";

describe("resolveRunOptions --jobs", () => {
  it("defaults to the number of cores", () => {
    expect(resolveRunOptions({}).jobs).toBe(availableParallelism());
  });

  it("is capped at the number of cores: more threads only cost memory", () => {
    expect(resolveRunOptions({ jobs: "50" }).jobs).toBe(Math.min(50, availableParallelism()));
    expect(resolveRunOptions({ jobs: String(availableParallelism() + 1) }).jobs).toBe(availableParallelism());
  });

  it("keeps a smaller number, and rejects what is not a whole number ≥ 1", () => {
    expect(resolveRunOptions({ jobs: "1" }).jobs).toBe(1);
    expect(() => resolveRunOptions({ jobs: "0" })).toThrow(/whole number/);
    expect(() => resolveRunOptions({ jobs: "2.5" })).toThrow(/whole number/);
  });
});
