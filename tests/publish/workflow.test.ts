// .github/workflows/pages.yml: valid YAML, the steps the deploy needs in order, current major versions of the
// Pages actions, their permissions, and build settings that give the prefix and SITE_URL Pages expects.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { ROOT } from "../helpers/fixture.ts";
import { readDeploy } from "../../lib/eleventy/env.ts";

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  environment?: { name: string; url?: string };
  steps: Step[];
}

const wf = parse(readFileSync(join(ROOT, ".github/workflows/pages.yml"), "utf8"));
const jobs: Record<string, Job> = wf.jobs;
const steps = Object.values(jobs).flatMap((j) => j.steps);
const using = (action: string) => steps.find((s) => s.uses?.startsWith(action + "@"));
const major = (s: Step | undefined) => Number(/@v(\d+)/.exec(s?.uses ?? "")?.[1] ?? 0);
const index = (pred: (s: Step) => boolean) => steps.findIndex(pred);

// Checked against the actions' releases when this was written: upload-pages-artifact v5 and deploy-pages v5 (Node 24),
// checkout v7, setup-node v7, cache v6 (v6.1.0, June 2026). Older majors run on Node 20, which GitHub's runners no longer support.
const CURRENT = { "actions/checkout": 7, "actions/setup-node": 7, "actions/upload-pages-artifact": 5, "actions/deploy-pages": 5, "actions/cache": 6 };

test("runs on push to main and by hand, one deployment at a time", () => {
  assert.equal(wf.on.push.branches, ["main"]);
  assert.ok("workflow_dispatch" in wf.on);
  assert.ok(wf.concurrency?.group, "concurrency group");
  assert.is(wf.concurrency["cancel-in-progress"], false, "a running deployment is not cancelled");
});

test("uses the current major version of each action", () => {
  for (const [action, v] of Object.entries(CURRENT)) {
    const s = using(action);
    assert.ok(s, `${action} is not used`);
    assert.ok(major(s) >= v, `${s!.uses}: expected v${v} or later`);
  }
});

test("steps in order: checkout, Node from .nvmrc, CJK fonts, npm ci, tests with Chrome, build, upload, deploy", () => {
  const order = [
    index((s) => !!s.uses?.startsWith("actions/checkout@")),
    index((s) => !!s.uses?.startsWith("actions/setup-node@") && s.with?.["node-version-file"] === ".nvmrc"),
    index((s) => /apt-get install[^\n]*fonts-noto-cjk/.test(s.run ?? "")),
    index((s) => /\bnpm ci\b/.test(s.run ?? "")),
    index((s) => /CHROME_PATH=\$\(which google-chrome\)\s+npm test/.test(s.run ?? "")),
    index((s) => /npm run build/.test(s.run ?? "")),
    index((s) => !!s.uses?.startsWith("actions/upload-pages-artifact@")),
    index((s) => !!s.uses?.startsWith("actions/deploy-pages@")),
  ];
  assert.not.ok(order.includes(-1), `missing step (index -1): ${order}`);
  assert.equal(order, [...order].sort((a, b) => a - b), `steps out of order: ${order}`);
});

test("restores the chart cache the build writes to, with a fallback to any earlier entry", () => {
  const cache = using("actions/cache")!;
  assert.is(cache.with?.path, ".cache/charts");
  assert.match(String(cache.with?.["restore-keys"]), /^chart-svg-/);
  assert.ok(index((s) => s === cache) < index((s) => /npm run build/.test(s.run ?? "")), "restored before the build");
});

test("uploads _site with its dotfiles (.nojekyll) and deploys from a job with the Pages permissions", () => {
  const upload = using("actions/upload-pages-artifact")!;
  assert.is(upload.with?.path, "_site");
  assert.is(upload.with?.["include-hidden-files"], true);
  const [name, deploy] = Object.entries(jobs).find(([, j]) => j.steps.some((s) => s.uses?.startsWith("actions/deploy-pages@")))!;
  assert.is(deploy.permissions?.pages, "write", `${name}: pages: write`);
  assert.is(deploy.permissions?.["id-token"], "write", `${name}: id-token: write`);
  assert.is(deploy.environment?.name, "github-pages");
  const builder = Object.keys(jobs).find((k) => jobs[k].steps.includes(upload))!;
  assert.ok([deploy.needs].flat().includes(builder), "deploy waits for the build");
  assert.is(wf.permissions?.contents, "read", "the rest of the workflow only reads");
});

/** Evaluates the few expression forms the workflow uses, for a repository "example/cni-report" without variables. */
function evaluate(expr: string): string {
  const ctx: Record<string, string> = { "github.event.repository.name": "cni-report", "github.repository_owner": "example" };
  return expr.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, e: string) => {
    const alt = e.split("||").map((x) => x.trim()).find((x) => !x.startsWith("vars."))!;
    const f = /^format\('([^']*)',\s*([\w.]+)\)$/.exec(alt);
    if (f) return f[1].replace("{0}", ctx[f[2]]);
    if (!(alt in ctx)) throw new Error(`unknown expression ${e}`);
    return ctx[alt];
  });
}

test("the build gets PATH_PREFIX /<repo>/ and SITE_URL https://<owner>.github.io", () => {
  const build = steps.find((s) => /npm run build/.test(s.run ?? ""))!;
  const env = Object.fromEntries(Object.entries(build.env ?? {}).map(([k, v]) => [k, evaluate(v)]));
  assert.equal(env, { PATH_PREFIX: "/cni-report/", SITE_URL: "https://example.github.io" });
  assert.equal(readDeploy(env), { pathPrefix: "/cni-report/", siteUrl: "https://example.github.io" });
  // Repository variables override both, for a custom domain or a user site.
  assert.match(build.env!.PATH_PREFIX, "vars.PATH_PREFIX");
  assert.match(build.env!.SITE_URL, "vars.SITE_URL");
});

test.run();
