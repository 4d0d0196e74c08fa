// Files that are not pages (lib/eleventy/files.ts): written where their path says, awaited when still being drawn,
// never outside the output folder and never over a page.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeFiles } from "../../lib/eleventy/files.ts";

const out = () => mkdtempSync(join(tmpdir(), "files-test-"));

test("text, bytes and bytes still being drawn land at their paths", async () => {
  const dir = out();
  try {
    await writeFiles(dir, [
      { path: "/en/charts/a.svg", body: "<svg/>\n" },
      { path: "/data/b.csv", body: Buffer.from("x,y\r\n") },
      { path: "/en/preview.png", body: new Promise((r) => setTimeout(() => r(Buffer.from([1, 2, 3])), 10)) },
    ], "test files");
    assert.is(readFileSync(join(dir, "en/charts/a.svg"), "utf8"), "<svg/>\n");
    assert.is(readFileSync(join(dir, "data/b.csv"), "utf8"), "x,y\r\n");
    assert.equal([...readFileSync(join(dir, "en/preview.png"))], [1, 2, 3]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a path a page took, a path outside the site or the same path twice is an error naming it", async () => {
  const dir = out();
  try {
    const fails = async (files: Parameters<typeof writeFiles>[1], pages: string[], pattern: RegExp) => {
      try {
        await writeFiles(dir, files, "chart files", pages);
        assert.unreachable("written");
      } catch (e) {
        assert.match((e as Error).message, pattern);
      }
    };
    await fails([{ path: "/en/index.html", body: "x" }], [join(dir, "en/index.html")], /chart files: \/en\/index\.html is also written by a page/);
    await fails([{ path: "/../escape.txt", body: "x" }], [], /"\/\.\.\/escape\.txt" is not a path inside the site/);
    await fails([{ path: "relative.txt", body: "x" }], [], /"relative\.txt" is not a path inside the site/);
    await fails([{ path: "/a.txt", body: "1" }, { path: "/a.txt", body: "2" }], [], /\/a\.txt is also written/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
