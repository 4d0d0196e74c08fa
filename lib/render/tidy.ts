/**
 * Slims vega's SVG for inline use. Inside an element with role="img" the inner ARIA attributes are ignored, empty
 * background paths draw nothing, and one font stack repeated on every <text> can be said once on the root.
 */
export function tidySvg(svg: string): string {
  let out = svg
    .replace(/\s(?:role="graphics-[a-z]+"|aria-roledescription="[^"]*"|aria-label="[^"]*"|aria-hidden="true"|pointer-events="none"|opacity="1")/g, "")
    .replace(/<path class="background" d="M0,0h0v0h0Z"\/>/g, "")
    .replace(/<path class="foreground" d="" display="none"\/>/g, "")
    .replace(/<path class="background" d="M0,0h\d+(?:\.\d+)?v\d+(?:\.\d+)?h-\d+(?:\.\d+)?Z"\/>/g, "");
  // Coordinates to two decimals: sub-pixel digits only add bytes. Only attribute values are touched, never text.
  out = out.replace(/="([^"]*)"/g, (_, v: string) => `="${v.replace(/(\d\.\d{2})\d+/g, "$1")}"`);
  return hoistFont(unwrapGroups(out));
}

/**
 * Drops <g> wrappers that change nothing (no attributes, or an identity translate) and keeps their children: vega
 * nests several per mark, and a page with nine charts otherwise carries hundreds of empty groups in its DOM.
 */
export function unwrapGroups(svg: string): string {
  const out: string[] = [];
  const dropped: boolean[] = [];
  for (const tok of svg.match(/<[^>]+>|[^<]+/g) ?? []) {
    if (tok === "<g>" || tok === '<g transform="translate(0,0)">') {
      dropped.push(true);
      continue;
    }
    if (tok === "</g>") {
      if (!dropped.pop()) out.push(tok);
      continue;
    }
    if (/^<g\b/.test(tok) && !tok.endsWith("/>")) dropped.push(false);
    out.push(tok);
  }
  return out.join("");
}

/** Moves the most common font-family from the <text> elements to the root <svg>, where they inherit it. */
function hoistFont(svg: string): string {
  const counts = new Map<string, number>();
  for (const m of svg.matchAll(/\sfont-family="([^"]*)"/g)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  if (!counts.size) return svg;
  const [font] = [...counts].sort((a, b) => b[1] - a[1])[0];
  const attr = ` font-family="${font}"`;
  return svg.split(attr).join("").replace(/^<svg\b/, `<svg${attr}`);
}
