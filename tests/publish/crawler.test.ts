// The crawler itself: on a small hand-made site with one of each mistake, it must report each one.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crawl } from "../helpers/crawl.ts";
import { remove } from "../helpers/fixture.ts";
import { serve } from "../helpers/serve.ts";

const dir = mkdtempSync(join(tmpdir(), "crawl-fixture-"));
const write = (p: string, s: string) => {
  mkdirSync(join(dir, p, ".."), { recursive: true });
  writeFileSync(join(dir, p), s);
};
const page = (body: string, head = "") => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

write("index.html", page(
  `<a href="/p/good/">good</a> <a href="/p/good/#there">anchor ok</a> <a href="/p/good/#nowhere">anchor missing</a>
   <a href="#top-of-page">local missing</a> <a id="here" href="#here">local ok</a>
   <a href="/elsewhere/">outside</a> <a href="/p/missing/">missing page</a> <a href="https://example.org/x">external</a>
   <img src="/p/img/none.png" alt=""> <script src="/p/app.js"></script>
   <div data-spec="/charts/rtt.vl.json"></div>
   <svg><rect clip-path="url(#clip-none)"/></svg>
   <a href="https://site.example/p/good/">own absolute</a> <a href="https://site.example/other/">own absolute outside</a>
   <textarea><a href="/never/checked/">embed code is text</a></textarea>`,
  `<link rel="stylesheet" href="/p/style.css">`,
));
write("good/index.html", page(`<h2 id="there">there</h2><a href="../">up</a>`, `<meta name="robots" content="noindex">`));
write("app.js", "");
write("style.css", `body{background:url("img/missing.png")} /* url(ignored.png) */ .x{background:url(data:image/png;base64,AA==)}`);
write("orphan/index.html", page(`<a href="/p/orphan-link/">broken from an orphan</a>`));
write("404.html", page(`<a href="/p/">home</a> <a href="gone/">relative, breaks one folder down</a>`));

const server = await serve(dir, "/p/");
const result = await crawl({ base: server.url, siteUrl: "https://site.example", also: ["orphan/"], missing: ["deep/er/"] });

test.after(async () => {
  await server.close();
  remove(dir);
});

const reasons = () => result.broken.map((b) => `${b.url} ${b.reason}`).join("\n");

test("reports a missing page, image, stylesheet url() and a link on an unlinked page", () => {
  for (const url of ["/p/missing/", "/p/img/none.png", "img/missing.png", "/p/orphan-link/"]) {
    assert.ok(result.broken.some((b) => b.url === url && /HTTP 404/.test(b.reason)), `${url} not reported:\n${reasons()}`);
  }
});

test("reports missing #anchors on other pages, on the same page and in SVG url(#id)", () => {
  for (const url of ["/p/good/#nowhere", "#top-of-page", "#clip-none"]) {
    assert.ok(result.broken.some((b) => b.url === url && /no element with id/.test(b.reason)), `${url} not reported:\n${reasons()}`);
  }
  assert.not.ok(result.broken.some((b) => b.url === "/p/good/#there" || b.url === "#here"), reasons());
});

test("reports references outside the prefix, from attributes, data-* and absolute SITE_URL links", () => {
  const out = result.outside.map((o) => o.url).sort();
  assert.equal(out, ["/charts/rtt.vl.json", "/elsewhere/", "https://site.example/other/"].sort());
});

test("a relative link on the 404 page is checked from the missing address it is served at", () => {
  assert.ok(result.broken.some((b) => b.url === "gone/" && b.page === "deep/er/"), reasons());
});

test("counts pages, external links and noindex pages; skips text inside <textarea> and CSS comments", () => {
  assert.equal(result.fromRoot, ["", "good/"]);
  assert.equal(result.pages, ["", "good/", "orphan/"]);
  assert.equal(result.external, ["https://example.org/x"]);
  assert.equal(result.noindex, ["good/"]);
  assert.ok(result.files.includes("app.js") && result.files.includes("style.css"), result.files.join(" "));
  assert.not.ok(JSON.stringify(result).includes("/never/checked/"));
  assert.not.ok(JSON.stringify(result).includes("ignored.png"));
});

test.run();
