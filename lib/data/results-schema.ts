import { z } from "zod";

const num = z.number().finite();
/** v2 scripts write Fortio figures parsed from text: numbers, numeric strings, or "N/A" when a run failed. */
const looseNum = z.union([num, z.string().regex(/^-?\d+(\.\d+)?$/, "a number").transform(Number), z.literal("N/A").transform(() => null)]);

const network = z.object({
  tcp_throughput_gbps: num,
  udp_throughput_gbps: num,
  udp_loss_percent: num,
  mean_rtt_us: num,
});

function httpShape<T extends z.ZodType>(n: T) {
  return z.object({
    qps_1000: z.object({ actual_qps: n, p50_ms: n, p99_ms: n }),
    qps_5000: z.object({ actual_qps: n, p50_ms: n.optional(), p99_ms: n }),
    qps_max: z.object({ actual_qps: n, p50_ms: n.optional(), p99_ms: n }),
  });
}

const common = {
  scenario: z.string().regex(/^[a-z0-9-]+$/, "a scenario id such as scenario-a-vpccni"),
  timestamp: z.iso.datetime(),
  cluster: z.string(),
  network,
  dns: z.object({ p50_ms: num, p99_ms: num }),
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
