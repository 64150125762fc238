// Runs @mozilla/readability (with jsdom) over a batch of pages for Janalyq's benchmark harness.
// stdin: JSON array of {id, path, url} (path may be .gz). stdout: one JSON object per page, then a summary line.
// Files are read and unpacked before the clock starts, as for the other extractors.
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const jobs = JSON.parse(readFileSync(0, "utf8"));
const pages = jobs.map((j) => {
  let bytes = readFileSync(j.path);
  if (j.path.endsWith(".gz")) bytes = gunzipSync(bytes);
  return { ...j, html: bytes.toString("utf8") };
});
const quiet = new VirtualConsole();
const started = process.hrtime.bigint();
for (const p of pages) {
  let out = { id: p.id, text: "", title: null, byline: null, excerpt: null, siteName: null, publishedTime: null, error: null };
  try {
    const dom = new JSDOM(p.html, { url: p.url || "https://example.invalid/", virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    if (article) {
      out = { ...out, text: article.textContent ?? "", title: article.title ?? null, byline: article.byline ?? null,
        excerpt: article.excerpt ?? null, siteName: article.siteName ?? null, publishedTime: article.publishedTime ?? null };
    }
    dom.window.close();
  } catch (e) {
    out.error = String(e && e.message ? e.message : e);
  }
  process.stdout.write(JSON.stringify(out) + "\n");
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
process.stdout.write(JSON.stringify({ summary: true, pages: pages.length, seconds, peakRssBytes: process.resourceUsage().maxRSS * 1024 }) + "\n");
