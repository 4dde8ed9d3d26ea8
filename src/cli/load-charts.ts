import type { renderCharts } from "../view/render-charts.js";

/**
 * The chart renderer (Observable Plot, d3, linkedom: ~1 MB) is loaded only by
 * `kouka report`, so no other command's start-up pays for it. The bundle builds it as a
 * chunk of its own (dist/bundle/report-charts.cjs, see scripts/bundle.mjs) and turns
 * this import into a require of that file.
 */
export async function loadCharts(): Promise<typeof renderCharts> {
  return (await import("../view/render-charts.js")).renderCharts;
}
