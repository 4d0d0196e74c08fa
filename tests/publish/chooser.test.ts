// The language chooser at / under a path prefix, in Chromium: it forwards by the browser's languages to the prefixed
// report (the prefix comes from its own links, which HtmlBasePlugin rewrote), and otherwise stays a list of links.
import { browserSuite } from "../helpers/chromium.ts";
import * as assert from "uvu/assert";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_ARGS, chromiumOrSkip } from "../helpers/chromium.ts";
import { serve, type Served } from "../helpers/serve.ts";
import { pagesBuild, PREFIX, siteOf } from "./build.ts";

const exe = chromiumOrSkip("chooser forwarding");
const t = browserSuite("chooser", exe);
let browser: Browser;
let server: Served;

t.before(async () => {
  if (!exe) return;
  server = await serve(siteOf(pagesBuild()), PREFIX);
  browser = await chromium.launch({ executablePath: exe, args: CHROMIUM_ARGS, headless: true });
});
t.after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `path` with the given navigator.languages; returns where the page settles and any console errors. */
async function open(languages: string[], path = "", referer?: string): Promise<{ at: string; errors: string[] }> {
  const context = await browser.newContext({ locale: languages[0] });
  // Injected over CDP, so it runs before the page's scripts and the page's CSP does not apply to it.
  await context.addInitScript(`Object.defineProperty(navigator, "languages", { get: () => ${JSON.stringify(languages)} });`);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  try {
    await page.goto(server.url + path, { waitUntil: "load", referer });
    await page.waitForLoadState("networkidle");
    return { at: new URL(page.url()).pathname + new URL(page.url()).hash, errors };
  } finally {
    await context.close();
  }
}

t("forwards to the prefixed report in the first language the site has", async () => {
  assert.equal(await open(["ko-KR", "en-US"]), { at: `${PREFIX}ko/`, errors: [] });
  assert.equal(await open(["fr-FR", "zh-CN", "en"]), { at: `${PREFIX}zh/`, errors: [] });
  assert.equal(await open(["zh-TW"]), { at: `${PREFIX}zh/`, errors: [] }, "any Chinese goes to the Chinese report");
  assert.equal(await open(["en-GB", "ko"]), { at: `${PREFIX}en/`, errors: [] });
});

t("stays on the chooser with no language in common, with #choose, or when coming from a page of the site", async () => {
  assert.equal(await open(["fr-FR", "de"]), { at: PREFIX, errors: [] });
  assert.equal(await open(["ko-KR"], "#choose"), { at: `${PREFIX}#choose`, errors: [] });
  const from = (await open(["ko-KR"], "", `http://${new URL(server.url).host}${PREFIX}en/`)).at;
  assert.is(from, PREFIX);
});

if (exe) t.run();
