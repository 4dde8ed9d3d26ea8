// Builds the HTML report on the bundled corpus (corpus/ and examples/news.jsonl, grouped by
// month) and screenshots it with the system's Chromium (never a downloaded browser):
//   npm run build && node scripts/screenshot-report.mjs [out.png]
// The page is opened from disk with every non-file request failed, like the browser test.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const out = process.argv[2] ?? "docs/report-screenshot.png";
const work = mkdtempSync(path.join(tmpdir(), "kouka-shot-"));
const html = path.join(work, "report.html");
try {
  execFileSync(process.execPath, ["dist/bundle/kouka.cjs", "report", "corpus/", "examples/news.jsonl", "--by", "date:month", "-q", "-o", html], { stdio: ["ignore", "inherit", "ignore"] });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1500 }, deviceScaleFactor: 1 });
    await page.route("**/*", (route) => (route.request().url().startsWith("file:") ? route.continue() : route.abort()));
    await page.goto(pathToFileURL(html).href);
    // The run summary, the totals and the time series: what a reader sees first.
    await page.screenshot({ path: out, clip: { x: 0, y: 0, width: 1100, height: 1500 } });
  } finally {
    await browser.close();
  }
  execFileSync("sh", ["-c", `command -v pngquant >/dev/null && pngquant --force --ext .png --quality 60-85 '${out}' || true`]);
  console.log(out);
} finally {
  rmSync(work, { recursive: true, force: true });
}
