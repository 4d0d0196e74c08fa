// Preloaded by every npm script (`node --import ./lib/register-ts.mjs …`). A Node that strips types itself runs the
// TypeScript as is; an older Node (20) loads tsx instead, so the same commands work on both.
import module from "node:module";

// Compiled modules are cached on disk between runs (Node ≥ 22.1), which takes a third off a warm build's start-up.
module.enableCompileCache?.();
if (!process.features.typescript) await import("tsx");
