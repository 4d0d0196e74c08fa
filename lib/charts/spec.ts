/**
 * Spec types derived from vega-lite's own public TopLevelSpec, so builders are checked against the real schema
 * types without reaching into vega-lite's unstable type paths.
 */
import type { Config, TopLevelSpec } from "vega-lite";

export type { Config, TopLevelSpec };
type ConcatTop = Extract<TopLevelSpec, { concat: unknown }>;
/** Any view that may stand inside a concat: unit, layer, facet, nested concat. */
export type View = ConcatTop["concat"][number];
export type LayerView = Extract<View, { layer: unknown }>;
export type Layer = LayerView["layer"][number];
