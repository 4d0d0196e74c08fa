import { test } from "uvu";
import * as assert from "uvu/assert";
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync, copyFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { loadModel } from "../../lib/data/load.ts";
import { buildCopy, copyProject, editJson, remove, ROOT, FIXTURE_DATA, FIXTURE } from "../helpers/fixture.ts";

const A = "data/results/scenario-a-vpccni.json";

function loadError(mutate: (dir: string) => void): string {
  const dir = copyProject();
  try {
    mutate(dir);
    loadModel(join(dir, "data"), dir);
    return "";
  } catch (e) {
    return (e as Error).message;
  } finally {
    remove(dir);
  }
}

test("loads the five v1 result files as scenarios A–E", () => {
  const m = loadModel(FIXTURE_DATA, FIXTURE);
  assert.equal(Object.keys(m.results).sort(), ["A", "B", "C", "D", "E"]);
  assert.is(m.results.A.network.meanRttUs, 4894);
  assert.is(m.results.E.http.qps1000.p99Ms, 9.89);
  assert.is(m.results.C.format, "v1");
  assert.equal(m.scalingRuns, []);
});

test("loads a v2 file: service_count, http_httpbin, N/A conduit values", () => {
  let model: ReturnType<typeof loadModel> | undefined;
  const dir = copyProject();
  try {
    editJson(join(dir, A), (j) => {
      j.service_count = 4;
      j.http_httpbin = j.http;
      delete j.http;
      j.http_conduit = { qps_1000: { actual_qps: "N/A", p50_ms: "12.5", p99_ms: "N/A" }, qps_5000: { actual_qps: "N/A", p99_ms: "N/A" }, qps_max: { actual_qps: "310.2", p99_ms: "N/A" } };
    });
    model = loadModel(join(dir, "data"), dir);
  } finally {
    remove(dir);
  }
  assert.is(model!.results.A.format, "v2");
  assert.is(model!.results.A.serviceCount, 4);
  assert.is(model!.results.A.http.qps1000.p99Ms, 10.92);
  assert.is(model!.results.A.conduit!.qps1000.actualQps, null);
  assert.is(model!.results.A.conduit!.qps1000.p50Ms, 12.5);
  assert.is(model!.results.A.conduit!.qpsMax.actualQps, 310.2);
});

test("a v2 file at another service count is a scaling run, not a duplicate", () => {
  const dir = copyProject();
  try {
    const j = JSON.parse(readFileSync(join(dir, A), "utf8"));
    j.service_count = 104;
    j.http_httpbin = j.http;
    delete j.http;
    writeFileSync(join(dir, "data/results/scenario-a-104.json"), JSON.stringify(j));
    const m = loadModel(join(dir, "data"), dir);
    assert.is(m.scalingRuns.length, 1);
    assert.is(m.scalingRuns[0].serviceCount, 104);
    assert.is(m.results.A.serviceCount, null);
  } finally {
    remove(dir);
  }
});

test("wrong type names file, field, expected and found", () => {
  const msg = loadError((d) => editJson(join(d, A), (j) => (j.network.udp_loss_percent = "lots")));
  assert.match(msg, 'data/results/scenario-a-vpccni.json: network.udp_loss_percent: expected a number, got "lots"');
});

test("figures no run can produce are stopped at the door, each naming file and field", () => {
  const msg = loadError((d) =>
    editJson(join(d, A), (j) => {
      j.network.tcp_throughput_gbps = -12.41;
      j.network.udp_loss_percent = 120;
      j.http.qps_1000.p50_ms = 20;
      j.http.qps_5000.actual_qps = 9000;
      j.dns.p50_ms = 9;
    }),
  );
  const f = "data/results/scenario-a-vpccni.json";
  assert.match(msg, `${f}: network.tcp_throughput_gbps: expected a figure of at least 0 (no run measures a negative rate, time or count), got -12.41`);
  assert.match(msg, `${f}: network.udp_loss_percent: expected a loss between 0 and 100 (%), got 120`);
  assert.match(msg, `${f}: http.qps_1000.p50_ms: expected a median no higher than p99 (10.92 ms), got 20`);
  assert.match(msg, `${f}: http.qps_5000.actual_qps: expected an achieved rate near the target of 5000 QPS (at most 5500), got 9000`);
  assert.match(msg, `${f}: dns.p50_ms: expected a median no higher than p99`);
});

test("a v2 file's failed runs (\"N/A\") pass the same checks", () => {
  const msg = loadError((d) => {
    for (const f of readdirSync(join(d, "data/results"))) rmSync(join(d, "data/results", f));
    cpSync(join(ROOT, "tests/fixtures/reruns/reversed"), join(d, "data/results"), { recursive: true });
    editJson(join(d, "data/results/scenario-b-cilium-kp.json"), (j) => (j.http_httpbin.qps_1000.p99_ms = -1));
  });
  assert.match(msg, "data/results/scenario-b-cilium-kp.json: http_httpbin.qps_1000.p99_ms: expected a figure of at least 0");
  assert.not.match(msg, /http_conduit/);
});

test("missing field is named", () => {
  const msg = loadError((d) => editJson(join(d, A), (j) => delete j.network.mean_rtt_us));
  assert.match(msg, "data/results/scenario-a-vpccni.json: network.mean_rtt_us: expected a number, got nothing (the field is missing)");
});

test("truncated JSON names the file", () => {
  const msg = loadError((d) => {
    const p = join(d, A);
    writeFileSync(p, readFileSync(p, "utf8").slice(0, 120));
  });
  assert.match(msg, "data/results/scenario-a-vpccni.json: not valid JSON");
});

test("broken YAML in a curated file names the file, the line and what is wrong", () => {
  const msg = loadError((dir) => {
    const f = join(dir, "data/tuning.yaml");
    writeFileSync(f, readFileSync(f, "utf8").replace(/\n/, "\n  bad: [unclosed\n"));
  });
  assert.match(msg, /^data\/tuning\.yaml: not valid YAML: line \d+, column \d+: /m);
});

test("a key given twice in a YAML file is an error, not a silent overwrite", () => {
  const msg = loadError((dir) => {
    const f = join(dir, "data/report.yaml");
    const text = readFileSync(f, "utf8");
    const first = text.split("\n").find((l) => /^[a-z_]+:/.test(l))!;
    writeFileSync(f, `${text}\n${first}\n`);
  });
  assert.match(msg, /data\/report\.yaml: not valid YAML: line \d+, column \d+: duplicated mapping key/);
});

test("dates in curated YAML stay the text that was written (no timezone shift)", () => {
  const m = loadModel(FIXTURE_DATA, FIXTURE);
  const raw = readFileSync(join(FIXTURE_DATA, "report.yaml"), "utf8");
  const written = /^published_on:\s*"?([\d-]+)"?/m.exec(raw)?.[1];
  assert.ok(written, "report.yaml has published_on");
  assert.is(m.report.published_on, written, `published_on ${written} is kept as written`);
});

test("unknown scenario id lists the known ones", () => {
  const msg = loadError((d) => editJson(join(d, A), (j) => (j.scenario = "scenario-z")));
  assert.match(msg, 'data/results/scenario-a-vpccni.json: scenario: expected one of scenario-a-vpccni');
  assert.match(msg, 'got "scenario-z"');
});

test("two files for the same scenario name both files", () => {
  const msg = loadError((d) => copyFileSync(join(d, A), join(d, "data/results/scenario-a-again.json")));
  assert.match(msg, "data/results/scenario-a-vpccni.json");
  assert.match(msg, "data/results/scenario-a-again.json");
  assert.match(msg, "already given by");
});

test("a missing scenario is an error", () => {
  const msg = loadError((d) => rmSync(join(d, "data/results/scenario-d-eni.json")));
  assert.match(msg, "missing D");
});

test("curated datasets: approximate and not-measured figures are typed, bad ones named", () => {
  const m = loadModel(FIXTURE_DATA, FIXTURE);
  assert.equal(m.kubeProxyScaling.keepalive[0].sync_ms, { kind: "approx", value: 130 });
  assert.equal(m.cniResources.rows[0].cpu_millicores, { kind: "not-measured", reason: "not_collected" });
  assert.equal(m.cniResources.rows[1].cpu_millicores, { kind: "range", min: 4, max: 6 });
  const msg = loadError((d) => {
    const p = join(d, "data/cni-resources.yaml");
    writeFileSync(p, readFileSync(p, "utf8").replace("memory_mib: 83", 'memory_mib: "83Mi"'));
  });
  assert.match(msg, "data/cni-resources.yaml: rows.1.memory_mib: expected a number, {approx: n}");
});

test("bad input stops the build before anything is written", () => {
  const dir = copyProject();
  try {
    editJson(join(dir, A), (j) => (j.network.udp_loss_percent = "lots"));
    const r = buildCopy(dir);
    assert.is.not(r.status, 0);
    assert.match(r.out, "network.udp_loss_percent: expected a number");
    assert.not.ok(existsSync(r.site), "no _site was written");
  } finally {
    remove(dir);
  }
});

test.run();
