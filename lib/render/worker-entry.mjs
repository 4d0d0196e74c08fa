// Entry of a drawing thread (lib/render/pool.ts). Node ≥ 22.18 runs worker.ts as is; on Node 20 tsx is registered
// here, by its API: the preload the main thread uses (lib/register-ts.mjs) registers tsx in the main thread only.
if (!process.features.typescript) {
  const { register } = await import("tsx/esm/api");
  register();
}
await import("./worker.ts");
