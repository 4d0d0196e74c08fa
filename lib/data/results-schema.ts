import { z } from "zod";

const num = z.number().finite();
/** v2 scripts write Fortio figures parsed from text: numbers, numeric strings, or "N/A" when a run failed. */
const looseNum = z.union([num, z.string().regex(/^-?\d+(\.\d+)?$/, "a number").transform(Number), z.literal("N/A").transform(() => null)]);

// Figures no run can produce are stopped at the door, with the field named, instead of tripping a claim later.
const atLeast0 = "a figure of at least 0 (no run measures a negative rate, time or count)";
const network = z.object({
  tcp_throughput_gbps: num.min(0, atLeast0),
  udp_throughput_gbps: num.min(0, atLeast0),
  udp_loss_percent: num.min(0, "a loss between 0 and 100 (%)").max(100, "a loss between 0 and 100 (%)"),
  mean_rtt_us: num.positive("a round-trip time above 0 µs"),
});

/** Fortio cannot achieve much more than it was asked for: 10 % over the target is already a broken parse. */
export const QPS_OVER_TARGET = 1.1;

const figure = (v: unknown): number | null => (typeof v === "number" ? v : null);
function sane(target: number | null) {
  return (level: object, ctx: { addIssue(issue: { code: "custom"; path: string[]; input: unknown; message: string }): void }) => {
    const l = level as Record<string, unknown>;
    const actual = figure(l.actual_qps), p50 = figure(l.p50_ms), p99 = figure(l.p99_ms);
    for (const [k, v] of [["actual_qps", actual], ["p50_ms", p50], ["p99_ms", p99]] as const) {
      if (v !== null && v < 0) ctx.addIssue({ code: "custom", path: [k], input: v, message: atLeast0 });
    }
    if (p50 !== null && p99 !== null && p50 > p99) ctx.addIssue({ code: "custom", path: ["p50_ms"], input: p50, message: `a median no higher than p99 (${p99} ms)` });
    if (target !== null && actual !== null && actual > target * QPS_OVER_TARGET) {
      ctx.addIssue({ code: "custom", path: ["actual_qps"], input: actual, message: `an achieved rate near the target of ${target} QPS (at most ${target * QPS_OVER_TARGET})` });
    }
  };
}

function httpShape<T extends z.ZodType<number | null>>(n: T) {
  return z.object({
    qps_1000: z.object({ actual_qps: n, p50_ms: n, p99_ms: n }).superRefine(sane(1000)),
    qps_5000: z.object({ actual_qps: n, p50_ms: n.optional(), p99_ms: n }).superRefine(sane(5000)),
    qps_max: z.object({ actual_qps: n, p50_ms: n.optional(), p99_ms: n }).superRefine(sane(null)),
  });
}

const common = {
  scenario: z.string().regex(/^[a-z0-9-]+$/, "a scenario id such as scenario-a-vpccni"),
  timestamp: z.iso.datetime(),
  cluster: z.string(),
  network,
  dns: z
    .object({ p50_ms: num.min(0, atLeast0), p99_ms: num.min(0, atLeast0) })
    .refine((d) => d.p50_ms <= d.p99_ms, { path: ["p50_ms"], message: "a median no higher than p99" }),
};

export const resultV1Schema = z.object({ ...common, http: httpShape(num) });
export const resultV2Schema = z.object({
  ...common,
  service_count: z.number().int().positive(),
  http_httpbin: httpShape(looseNum),
  http_conduit: httpShape(looseNum).optional(),
});

export type ResultV1 = z.infer<typeof resultV1Schema>;
export type ResultV2 = z.infer<typeof resultV2Schema>;
