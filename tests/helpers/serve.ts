import { createServer, type Server } from "node:http";
import { createReadStream, existsSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import type { AddressInfo } from "node:net";
import { createGzip } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".csv": "text/csv; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

export interface Served {
  url: string;
  server: Server;
  close(): Promise<void>;
}

// GitHub Pages compresses text; a test server that did not would make Lighthouse's simulated slow 4G time
// five times the bytes a reader downloads.
const COMPRESSED = new Set([".html", ".css", ".js", ".json", ".svg", ".csv", ".xml", ".txt"]);

/**
 * Serves a built site the way GitHub Pages does: under `prefix`, folder/index.html, 404.html for misses, text
 * gzip-compressed for clients that accept it.
 */
export function serve(siteDir: string, prefix = "/", port = 0): Promise<Served> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const notFound = () => {
      const page = join(siteDir, "404.html");
      res.writeHead(404, { "content-type": TYPES[".html"] });
      existsSync(page) ? createReadStream(page).pipe(res) : res.end("not found");
    };
    if (!path.startsWith(prefix)) return notFound();
    let file = normalize(join(siteDir, path.slice(prefix.length)));
    if (!file.startsWith(normalize(siteDir))) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith("/")) {
        res.writeHead(301, { location: path + "/" });
        return res.end();
      }
      file = join(file, "index.html");
    }
    if (!existsSync(file)) return notFound();
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    if (COMPRESSED.has(extname(file)) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      res.writeHead(200, { "content-type": type, "content-encoding": "gzip", vary: "accept-encoding" });
      createReadStream(file).pipe(createGzip()).pipe(res);
      return;
    }
    res.writeHead(200, { "content-type": type, vary: "accept-encoding" });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(port, "127.0.0.1", () => {
      const { port: p } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${p}${prefix}`, server, close: () => new Promise((r) => server.close(() => r())) });
    }),
  );
}
