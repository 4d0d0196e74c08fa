// Embeds in a real browser: the site on one port, a host page on another port that frames /ko/embed/rtt/ and
// /zh/embed/kube-proxy-scaling/ with the embed code from their chart pages and the optional resize script.
// Both charts render, both frames take their content's height (and follow it when the frame's width changes),
// a message from anything but the frame is ignored, and a chart page's copy button puts the embed code on the clipboard.
import { browserSuite } from "../helpers/chromium.ts";
import * as assert from "uvu/assert";
import { createServer, type Server } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import type { Browser, Frame, Page } from "playwright-core";
import { loadCatalog } from "../../lib/i18n/index.ts";
import { FIXTURE_LOCALES } from "../helpers/fixture.ts";
import { serve, type Served } from "../helpers/serve.ts";
import { siteBuild, PREFIX } from "../site/build.ts";
import { browserPath, launch, newPage } from "../browser/browser.ts";
import { watch } from "../browser/gates.ts";

const ABS = "https://example.github.io" + PREFIX; // what siteBuild() writes into embed codes
const EMBEDS = [
  { lang: "ko", id: "rtt", box: 640 },
  { lang: "zh", id: "kube-proxy-scaling", box: 360 },
];

const exe = browserPath("embed browser checks");
/** The static chart the frame shows: each figure holds a wide and a narrow drawing, and CSS shows one of them. */
const SHOWN_CHART = "svg[role=img] >> visible=true";
const t = browserSuite("embeds in Chromium", exe);
const build = exe ? siteBuild() : { error: "" };
const site = "site" in build ? build.site : "";
let browser: Browser;
let server: Served;
let host: { url: string; server: Server };

/** The embed code offered on a chart page, pointed at the local server instead of the production origin. */
function embedCodeFor(lang: string, id: string): string {
  const html = readFileSync(join(site, lang, "charts", id, "index.html"), "utf8");
  const text = html.match(/<textarea id="embed-code"[^>]*>([^<]*)<\/textarea>/)?.[1];
  if (!text) throw new Error(`${lang}/charts/${id}/: no embed code`);
  const code = text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  return code.split(ABS).join(server.url);
}

function hostPage(): string {
  const blocks = EMBEDS.map((e) => `<div id="box-${e.lang}" style="width:${e.box}px">${embedCodeFor(e.lang, e.id)}</div>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title></head><body style="margin:0">${blocks.join("\n")}</body></html>`;
}

function startHost(): Promise<{ url: string; server: Server }> {
  const s = createServer((req, res) => {
    if (req.url === "/") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(hostPage());
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((resolve) => s.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${(s.address() as AddressInfo).port}/`, server: s })));
}

t.before(async () => {
  if (!site) return;
  server = await serve(site, PREFIX);
  host = await startHost();
  browser = await launch(exe!);
});
t.after(async () => {
  await browser?.close();
  await server?.close();
  await new Promise((r) => (host ? host.server.close(() => r(null)) : r(null)));
});

if ("error" in build && exe) t("the site builds", () => assert.unreachable(build.error));

const frameOf = (page: Page, lang: string, id: string): Frame => {
  const f = page.frames().find((x) => x.url().endsWith(`/${lang}/embed/${id}/`));
  if (!f) throw new Error(`no frame for ${lang}/embed/${id}/ (frames: ${page.frames().map((x) => x.url()).join(", ")})`);
  return f;
};

/** The embed's frame once the lazy iframe has navigated to the embed page. */
async function waitFrame(page: Page, lang: string, id: string): Promise<Frame> {
  for (let i = 0; i < 100; i++) {
    const f = page.frames().find((x) => x.url().endsWith(`/${lang}/embed/${id}/`));
    if (f) return f;
    await page.waitForTimeout(100);
  }
  return frameOf(page, lang, id);
}

/** The frame element's height and the height of the document inside it, once they agree (or the last seen pair). */
async function settledHeights(page: Page, lang: string, id: string): Promise<{ frame: number; content: number; styled: string }> {
  let last = { frame: -1, content: -2, styled: "" };
  for (let i = 0; i < 50; i++) {
    const el = await page.$(`#box-${lang} iframe`);
    const frame = (await el!.evaluate((f: HTMLIFrameElement) => f.getBoundingClientRect().height)) as number;
    const styled = (await el!.evaluate((f: HTMLIFrameElement) => f.style.height)) as string;
    const content = (await frameOf(page, lang, id).evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))) as number;
    last = { frame, content, styled };
    if (styled && Math.abs(frame - content) <= 1) return last;
    await page.waitForTimeout(100);
  }
  return last;
}

t("both embedded charts render and both frames take their content's height", async () => {
  if (!site) return;
  const { context, page } = await newPage(browser, { width: 1000, height: 1600 });
  try {
    const w = watch(page);
    await page.goto(host.url, { waitUntil: "load" });
    for (const e of EMBEDS) {
      const frame = await waitFrame(page, e.lang, e.id);
      const svg = await frame.waitForSelector(SHOWN_CHART, { timeout: 10000 });
      const box = await svg.boundingBox();
      assert.ok(box && box.width > 200 && box.height > 100, `${e.lang}/${e.id}: chart drawn (${JSON.stringify(box)})`);
      assert.is(await frame.evaluate(() => document.documentElement.lang), e.lang === "zh" ? "zh-Hans" : e.lang);
      const h = await settledHeights(page, e.lang, e.id);
      assert.ok(h.styled !== "", `${e.lang}/${e.id}: the resize script set the frame's height`);
      assert.ok(Math.abs(h.frame - h.content) <= 1, `${e.lang}/${e.id}: frame ${h.frame}px, content ${h.content}px`);
    }
    assert.equal(w.problems(), []);
  } finally {
    await context.close();
  }
});

t("a frame follows its content when its width changes; messages not from the frame are ignored", async () => {
  if (!site) return;
  const { context, page } = await newPage(browser, { width: 1000, height: 1600 });
  try {
    await page.goto(host.url, { waitUntil: "load" });
    await (await waitFrame(page, "ko", "rtt")).waitForSelector(SHOWN_CHART);
    const wide = await settledHeights(page, "ko", "rtt");
    await page.evaluate(() => ((document.getElementById("box-ko") as HTMLElement).style.width = "360px"));
    await page.waitForTimeout(200);
    const narrow = await settledHeights(page, "ko", "rtt");
    assert.ok(narrow.content < wide.content, `the chart is drawn smaller in a narrower frame (${wide.content} → ${narrow.content})`);
    assert.ok(Math.abs(narrow.frame - narrow.content) <= 1, `frame ${narrow.frame}px, content ${narrow.content}px`);
    // The host page posting the documented message to itself: right shape, wrong source. Every height the frame
    // takes from here on is recorded; a genuine resize afterwards proves the forged message had its turn first
    // (messages to one window are handled in order), so no sleep decides the outcome.
    await page.evaluate(() => {
      const frame = document.querySelector("#box-ko iframe") as HTMLIFrameElement;
      const seen: string[] = ((window as unknown as { seenHeights: string[] }).seenHeights = []);
      new MutationObserver(() => seen.push(frame.style.height)).observe(frame, { attributes: true, attributeFilter: ["style"] });
      window.postMessage({ type: "cni-report:embed-height", version: 1, chart: "rtt", lang: "ko", height: 5 }, "*");
      (document.getElementById("box-ko") as HTMLElement).style.width = "1000px";
    });
    await page.waitForFunction((h) => (document.querySelector("#box-ko iframe") as HTMLIFrameElement).style.height !== h, narrow.styled);
    const seen = (await page.evaluate(() => (window as unknown as { seenHeights: string[] }).seenHeights)) as string[];
    assert.ok(seen.length > 0, "the genuine resize was recorded");
    assert.not.ok(seen.includes("5px"), `a message from another window resized the frame: ${seen.join(", ")}`);
  } finally {
    await context.close();
  }
});

t("the interactive chart loads inside an embed on demand, and the frame follows its new height", async () => {
  if (!site) return;
  const { context, page } = await newPage(browser, { width: 1000, height: 1600 });
  try {
    const w = watch(page);
    await page.goto(host.url, { waitUntil: "load" });
    const frame = await waitFrame(page, "ko", "rtt");
    await frame.waitForSelector(SHOWN_CHART);
    await settledHeights(page, "ko", "rtt");
    await frame.click(".chart-tools button");
    await frame.waitForSelector(".chart-live-view svg", { timeout: 20000 });
    const h = await settledHeights(page, "ko", "rtt");
    assert.ok(Math.abs(h.frame - h.content) <= 1, `frame ${h.frame}px, content ${h.content}px after the live chart`);
    assert.equal(w.problems(), []);
  } finally {
    await context.close();
  }
});

t("the copy button on a chart page puts the embed code on the clipboard and says so", async () => {
  if (!site) return;
  const { context, page } = await newPage(browser, { width: 1000, height: 900 });
  try {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(server.url).origin });
    const w = watch(page);
    await page.goto(server.url + "ko/charts/rtt/", { waitUntil: "load" });
    const expected = await page.$eval("#embed-code", (el) => (el as HTMLTextAreaElement).value);
    assert.match(expected, `${ABS}ko/embed/rtt/`);
    await page.click("[data-copy-target=embed-code]");
    await page.waitForFunction(() => (document.getElementById("embed-status")?.textContent ?? "") !== "");
    assert.is(await page.evaluate(() => navigator.clipboard.readText()), expected);
    const ko = loadCatalog(FIXTURE_LOCALES).byCode.get("ko")!;
    assert.is(await page.$eval("#embed-status", (el) => el.textContent), ko.t("chartpage.copied"));
    assert.equal(w.problems(), []);
  } finally {
    await context.close();
  }
});

t.run();
