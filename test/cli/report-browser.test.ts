import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseCsv } from "../view/read-report.js";
import { CORPUS, ROOT, runKouka } from "./run-kouka.js";

vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

/** Debian's Chromium (apt-get install chromium); never a browser an npm package downloads. */
const CHROMIUM = process.env["CHROMIUM"] ?? "/usr/bin/chromium";
const HAVE_BROWSER = existsSync(CHROMIUM);
const UNDER_CI = process.env["CI"] === "true";

describe("the HTML report in a browser", () => {
  it("has a browser to test with under CI", () => {
    // Under CI a missing browser fails the suite; locally the browser tests below skip.
    if (UNDER_CI) expect(HAVE_BROWSER, `${CHROMIUM} is missing: apt-get install -y chromium fonts-noto-cjk`).toBe(true);
  });
});

describe.runIf(HAVE_BROWSER || UNDER_CI)("the HTML report opened from disk with the network blocked", () => {
  let tmp: string;
  let html: string;
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  let found: { svgs: number; charts: string[]; svgCharts: number; titles: number; kwicRows: number; places: string[]; filtered: number; sortedFirst: string; downloads: number; csvText: string };

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(tmpdir(), "kouka-report-browser-"));
    html = path.join(tmp, "report.html");
    const r = runKouka(["report", "-q", "--by", "date:month", "-o", html, CORPUS, path.join(ROOT, "examples", "news.jsonl")]);
    expect(r.code, r.stderr).toBe(0);
    const { chromium } = await import("playwright-core");
    const userDataDir = mkdtempSync(path.join(tmp, "profile-"));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
    });
    try {
      // Every request that is not the file itself is failed and recorded.
      await context.route("**/*", async (route) => {
        const url = route.request().url();
        if (url.startsWith("file:")) return route.continue();
        requests.push(url);
        return route.abort();
      });
      const page = context.pages()[0] ?? (await context.newPage());
      page.on("console", (m) => {
        if (m.type() === "error") consoleErrors.push(m.text());
      });
      page.on("pageerror", (e) => consoleErrors.push(String(e)));
      page.on("request", (req) => {
        if (!req.url().startsWith("file:")) requests.push(req.url());
      });
      await page.goto(pathToFileURL(html).href, { waitUntil: "load" });
      const svgs = await page.locator("figure[data-chart] svg").count();
      const charts = await page.locator("figure[data-chart]").evaluateAll((els) => els.map((e) => e.getAttribute("data-chart") ?? ""));
      const svgCharts = await page.locator("figure[data-chart]").evaluateAll((els) => els.filter((e) => e.querySelector("svg") !== null).length);
      const titles = await page.locator("figure[data-chart] svg title").count();
      const kwicRows = await page.locator("#kwic tbody tr").count();
      const places = await page.locator("#kwic tbody tr td.where").allTextContents();
      // The filter: typing narrows the rows to those that contain the text.
      await page.fill("#kwic-filter", "network");
      const filtered = await page.locator("#kwic tbody tr:not([hidden])").count();
      await page.fill("#kwic-filter", "");
      // Sorting: a click on "concept" twice puts the last concept in code-point order first.
      await page.click("#kwic th:nth-child(2)");
      await page.click("#kwic th:nth-child(2)");
      const sortedFirst = (await page.locator("#kwic tbody tr td:nth-child(2)").first().textContent()) ?? "";
      const downloads = await page.locator("a.download[href^='data:text/csv']").count();
      const [download] = await Promise.all([page.waitForEvent("download"), page.click("#kwic-download")]);
      const saved = await download.path();
      const csvText = saved ? readFileSync(saved, "utf8") : "";
      found = { svgs, charts, svgCharts, titles, kwicRows, places, filtered, sortedFirst, downloads, csvText };
    } finally {
      await context.close();
    }
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("shows every chart as SVG, with numbers on hover (<title>)", () => {
    expect(found.charts.length).toBeGreaterThanOrEqual(8);
    expect(found.svgCharts).toBe(found.charts.length);
    expect(found.titles).toBeGreaterThan(20);
    expect(found.downloads).toBe(found.charts.length);
  });

  it("shows the KWIC rows as document:line:column, filters and sorts them, saves them as CSV", () => {
    expect(found.kwicRows).toBeGreaterThan(50);
    for (const p of found.places) expect(p).toMatch(/:\d+:\d+$/);
    expect(found.filtered).toBeGreaterThan(0);
    expect(found.filtered).toBeLessThan(found.kwicRows);
    expect(found.sortedFirst).toBe("scope");
    expect(found.csvText.split("\n")[0]).toBe("document:line:column,concept,label,left,matched,right,term");
    // A mention written across a hard line break keeps it: a quoted cell, one record still.
    const records = parseCsv(found.csvText);
    expect(records.length).toBe(found.kwicRows);
    expect(records.map((r) => r["document:line:column"]).sort()).toEqual([...found.places].sort());
  });

  it("makes no request and logs no console error", () => {
    expect(requests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
