// The deploy build is reproducible: a second build from clean output, in another copy of the project, with the same
// PATH_PREFIX and SITE_URL, gives the same bytes in every file (so a redeploy changes nothing, and no build path,
// timestamp or counter leaks into the site). The preview PNGs are among the files compared.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildCopy, copyProject, remove } from "../helpers/fixture.ts";
import { filesUnder, pagesBuild, PREFIX, SITE_URL, siteOf } from "./build.ts";

/** sha256 of every file under dir (dotfiles included), by relative path. */
const hashes = (dir: string) => new Map(filesUnder(dir).map((f) => [f, createHash("sha256").update(readFileSync(join(dir, f))).digest("hex")]));

test(`two builds for ${PREFIX} from clean output have identical files`, () => {
  const first = hashes(siteOf(pagesBuild()));
  const dir = copyProject();
  try {
    // Its own, empty cache: every chart and preview image is drawn afresh in this build.
    const own = { PATH_PREFIX: PREFIX, SITE_URL, CHART_CACHE_DIR: join(dir, ".cache", "charts") };
    const r = buildCopy(dir, own);
    assert.is(r.status, 0, r.out);
    const second = hashes(r.site);
    assert.ok(first.size > 5, `only ${first.size} files built`);
    assert.equal([...second.keys()].sort(), [...first.keys()].sort(), "the builds have different files");
    const differ = [...first].filter(([f, h]) => second.get(f) !== h).map(([f]) => f);
    assert.equal(differ, [], `files that differ between the builds: ${differ.join(", ")}`);
    // A rebuild of the same copy reads its charts from the cache the last build filled: still the same bytes.
    assert.ok(readdirSync(join(dir, ".cache", "charts")).length > 0, "the build filled its chart cache");
    assert.ok(readdirSync(join(dir, ".cache", "charts", "previews")).length > 0, "the build filled its preview cache");
    remove(r.site);
    const warm = buildCopy(dir, own);
    assert.is(warm.status, 0, warm.out);
    const third = hashes(warm.site);
    assert.equal([...third.keys()].sort(), [...first.keys()].sort(), "the rebuild has different files");
    const stale = [...first].filter(([f, h]) => third.get(f) !== h).map(([f]) => f);
    assert.equal(stale, [], `files that differ after a rebuild from the chart cache: ${stale.join(", ")}`);
  } finally {
    remove(dir);
  }
});

test.run();
