// How the report uses the screen and the page, in every language: contents numbers whole at desktop widths, charts
// using the column at 1,280 px (the kube-proxy panels in a grid), nothing under 11 px at 360 px, and every table
// within the printable width of an A4 page in print media.
import { browserSuite } from "../helpers/chromium.ts";
import * as assert from "uvu/assert";
import type { Browser, Page } from "playwright-core";
import { serve, type Served } from "../helpers/serve.ts";
import { siteBuild, PREFIX } from "../site/build.ts";
import { builtPages } from "../site/pages.ts";
import { browserPath, DESKTOP, launch, newPage, PHONE } from "./browser.ts";

const exe = browserPath("browser layout checks");
const t = browserSuite("layout in Chromium", exe);
let browser: Browser;
let server: Served;

const build = exe ? siteBuild() : { error: "" };
const site = "site" in build ? build.site : "";
if ("error" in build && exe) t("the site builds", () => assert.unreachable(build.error));
const all = site ? builtPages(site) : [];
const reports = all.filter((p) => p.type === "report");
const embed = all.find((p) => p.type === "embed" && p.lang === "ko" && p.id === "kube-proxy-scaling");

/** A4 less the 15 mm margins of the print stylesheet's @page, in CSS px (96 per inch): the narrower of A4 and Letter. */
export const PRINTABLE_PX = Math.floor(((210 - 2 * 15) / 25.4) * 96);

t.before(async () => {
  if (!site) return;
  server = await serve(site, PREFIX);
  browser = await launch(exe!);
});
t.after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, viewport: { width: number; height: number }, run: (page: Page) => Promise<void>): Promise<void> {
  const { context, page } = await newPage(browser, viewport);
  try {
    await page.goto(server.url + path, { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready);
    await run(page);
  } finally {
    await context.close();
  }
}

for (const p of reports) {
  for (const width of [1024, 1280, 1600]) {
    t(`/${p.path} at ${width} px: every contents number fits the room left of its entry`, async () => {
      await open(p.path, { width, height: 900 }, async (page) => {
        // The marker of the last (widest) number, measured by setting it inside the item for a moment.
        const r = await page.evaluate(() => {
          const nav = document.querySelector("nav.toc")!;
          const items = nav.querySelectorAll("li");
          const li = items[items.length - 1] as HTMLElement;
          const a = li.querySelector("a")!;
          // The first line box of the link: with the marker inside, a long entry wraps and its whole box starts left.
          const first = () => a.getClientRects()[0].left;
          const room = first() - nav.getBoundingClientRect().left;
          li.style.listStylePosition = "inside";
          const marker = first() - li.getBoundingClientRect().left;
          li.style.listStylePosition = "";
          return { n: items.length, room, marker };
        });
        assert.ok(r.n >= 10, `only ${r.n} entries: the check needs a two-digit number`);
        assert.ok(r.marker > 10, `marker measured as ${r.marker} px`);
        assert.ok(r.marker <= r.room + 0.5, `number ${r.n} needs ${r.marker.toFixed(1)} px, the contents give it ${r.room.toFixed(1)} px: it is cut at the left edge`);
      });
    });
  }

  t(`/${p.path} at 1,280 px: every chart is at least 80% of the column wide, the kube-proxy panels side by side`, async () => {
    await open(p.path, DESKTOP, async (page) => {
      const charts = await page.evaluate(() =>
        [...document.querySelectorAll("main figure.chart")].map((f) => {
          const column = f.closest("main")!.getBoundingClientRect().width;
          const shown = [...f.querySelectorAll(".chart-layout")].filter((l) => getComputedStyle(l).display !== "none");
          const svg = shown[0]?.querySelector("svg")?.getBoundingClientRect();
          return { id: f.id, column, layouts: shown.map((l) => l.className), width: svg?.width ?? 0, height: svg?.height ?? 0 };
        }),
      );
      assert.ok(charts.length >= 9, `${charts.length} charts found`);
      for (const c of charts) {
        assert.equal(c.layouts, ["chart-layout chart-wide"], `${c.id}: shows ${c.layouts.join(", ") || "no drawing"}`);
        assert.ok(c.width >= 0.8 * c.column, `${c.id}: ${c.width.toFixed(0)} px in a ${c.column.toFixed(0)} px column (${((100 * c.width) / c.column).toFixed(0)}%)`);
      }
      // Six panels in one column stood almost three times as tall as wide; in rows of two they are about square.
      const kp = charts.find((c) => c.id === "chart-kube-proxy-scaling")!;
      assert.ok(kp.height < 1.3 * kp.width, `kube-proxy chart ${kp.width.toFixed(0)}×${kp.height.toFixed(0)} px: its panels are not side by side`);
    });
  });

  t(`/${p.path} at 360 px: no text, in the page or in a chart, under 11 px`, async () => {
    await open(p.path, PHONE, async (page) => {
      const small = await page.evaluate(() => {
        const out: string[] = [];
        const visible = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
        // HTML text: the computed size of every element that holds text of its own.
        for (const el of document.body.querySelectorAll("*")) {
          if (el.closest("svg") || el.closest(".skip")) continue;
          const own = [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? "").trim());
          if (!own || !visible(el)) continue;
          const px = parseFloat(getComputedStyle(el).fontSize);
          if (px < 11) out.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 40)}": ${px} px`);
        }
        // Chart text: its drawn size times the scale the SVG is shown at.
        for (const svg of document.querySelectorAll("main svg.chart-svg")) {
          if (!visible(svg)) continue;
          const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
          for (const text of svg.querySelectorAll("text")) {
            const px = parseFloat(getComputedStyle(text).fontSize) * scale;
            if (px < 11 - 0.01) out.push(`${svg.closest("figure")?.id}: "${(text.textContent ?? "").slice(0, 30)}" at ${px.toFixed(2)} px`);
          }
        }
        return out;
      });
      assert.ok(small.length === 0, `${small.length} texts under 11 px:\n  ${small.slice(0, 20).join("\n  ")}`);
    });
  });

  t(`/${p.path} in print: every table fits the printable width of A4 (${PRINTABLE_PX} px)`, async () => {
    await open(p.path, { width: PRINTABLE_PX, height: 1000 }, async (page) => {
      await page.emulateMedia({ media: "print" });
      // public/assets/print.js opens every <details> before printing, so their tables are printed too.
      const tables = await page.evaluate(() => {
        for (const d of document.querySelectorAll("details")) d.open = true;
        return [...document.querySelectorAll("main table")].map((table) => {
          const r = table.getBoundingClientRect();
          return { caption: table.querySelector("caption")?.textContent?.trim().slice(0, 50) ?? "", right: r.right, width: Math.max(r.width, table.scrollWidth), page: document.documentElement.clientWidth };
        });
      });
      assert.ok(tables.length >= 10, `${tables.length} tables found`);
      const cut = tables.filter((x) => x.width > x.page + 0.5 || x.right > x.page + 0.5);
      assert.ok(cut.length === 0, `${cut.length} tables wider than the page:\n  ${cut.map((x) => `"${x.caption}": ${x.width.toFixed(0)} px, right edge at ${x.right.toFixed(0)}`).join("\n  ")}`);
    });
  });
}

/** The class of the drawing each chart figure shows. */
const shownLayouts = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll("figure.chart")].map((f) => [...f.querySelectorAll(".chart-layout")].filter((l) => getComputedStyle(l).display !== "none").map((l) => l.className).join(" ")));

if (site) {
  t("an embed picks its layout by the width of its frame, not of the screen", async () => {
    assert.ok(embed, "no ko kube-proxy-scaling embed page");
    for (const [width, want] of [
      [400, "chart-layout chart-narrow"],
      [900, "chart-layout chart-wide"],
    ] as const) {
      await open(embed!.path, { width, height: 900 }, async (page) => assert.equal(await shownLayouts(page), [want], `${width} px frame`));
    }
  });

  for (const [viewport, spec] of [
    [PHONE, "rtt.narrow.vl.json"],
    [DESKTOP, "rtt.vl.json"],
  ] as const) {
    t(`at ${viewport.width} px the interactive chart is drawn from the layout shown (${spec})`, async () => {
      await open("en/", viewport, async (page) => {
        const button = page.locator("#chart-rtt button[data-chart-live]");
        await button.waitFor({ state: "visible" });
        const requested = page.waitForRequest((r) => /\/charts\/rtt(\.narrow)?\.vl\.json$/.test(r.url()));
        await button.click();
        assert.ok((await requested).url().endsWith(`/en/charts/${spec}`), (await requested).url());
        await page.locator("#chart-rtt .chart-live-view svg.marks").waitFor({ timeout: 20_000 });
        const width = await page.locator("#chart-rtt .chart-live-view svg.marks").evaluate((svg) => svg.getBoundingClientRect().width);
        const column = await page.locator("main").evaluate((m) => m.getBoundingClientRect().width);
        assert.ok(width >= 0.8 * column, `live chart ${width.toFixed(0)} px in a ${column.toFixed(0)} px column`);
      });
    });
  }
}

if (exe) t.run();
