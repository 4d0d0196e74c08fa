/** Where the site will live. PATH_PREFIX is for GitHub Pages project sites; SITE_URL makes absolute links. */
export interface Deploy {
  pathPrefix: string;
  siteUrl: string;
}

export function readDeploy(env: NodeJS.ProcessEnv = process.env): Deploy {
  let prefix = env.PATH_PREFIX?.trim() || "/";
  if (!prefix.startsWith("/")) prefix = "/" + prefix;
  if (!prefix.endsWith("/")) prefix += "/";
  const siteUrl = (env.SITE_URL?.trim() || "http://localhost:8080").replace(/\/+$/, "");
  if (!/^https?:\/\/[^/]+$/.test(siteUrl)) {
    throw new Error(`SITE_URL: expected an origin such as https://owner.github.io (no path), got ${JSON.stringify(env.SITE_URL)}`);
  }
  return { pathPrefix: prefix, siteUrl };
}

/** Absolute URL of a site path ("/ko/" → "https://owner.github.io/cni-report/ko/"). */
export function absoluteUrl(deploy: Deploy, path: string): string {
  return deploy.siteUrl + deploy.pathPrefix + path.replace(/^\//, "");
}

/** Root-relative URL with the prefix, for places HtmlBasePlugin does not reach (JS, JSON, CSS). */
export function prefixed(deploy: Deploy, path: string): string {
  return deploy.pathPrefix + path.replace(/^\//, "");
}
