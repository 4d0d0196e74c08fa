// Preloaded by every npm script (`node --import ./lib/register-ts.mjs …`). A Node that strips types itself runs the
// TypeScript as is; an older Node (20) loads tsx instead, so the same commands work on both.
if (!process.features.typescript) await import("tsx");
