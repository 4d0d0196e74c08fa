// The test server serves like GitHub Pages, compression included: Lighthouse's simulated slow 4G times the bytes
// it receives, so an uncompressed page would be timed at several times the weight a reader downloads.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { request } from "node:http";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { serve } from "../helpers/serve.ts";

const dir = mkdtempSync(join(tmpdir(), "serve-"));
mkdirSync(join(dir, "en"));
const html = `<!doctype html><title>t</title>${"<p>report</p>".repeat(500)}`;
writeFileSync(join(dir, "en", "index.html"), html);
writeFileSync(join(dir, "a.png"), Buffer.from([137, 80, 78, 71]));

function get(url: string, acceptEncoding?: string): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((done, fail) => {
    const req = request(url, { headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", fail);
    req.end();
  });
}

test("text is gzip-compressed for clients that accept it, sent as is to those that do not; images never", async () => {
  const s = await serve(dir, "/r/");
  try {
    const gz = await get(s.url + "en/", "gzip, deflate, br");
    assert.is(gz.status, 200);
    assert.is(gz.headers["content-encoding"], "gzip");
    assert.ok(gz.body.length < html.length / 5, `${gz.body.length} bytes compressed of ${html.length}`);
    assert.is(gunzipSync(gz.body).toString(), html);
    const plain = await get(s.url + "en/");
    assert.is(plain.headers["content-encoding"], undefined);
    assert.is(plain.body.toString(), html);
    const png = await get(s.url + "a.png", "gzip");
    assert.is(png.headers["content-encoding"], undefined);
    assert.is(png.body.length, 4);
  } finally {
    await s.close();
  }
});

test.after(() => rmSync(dir, { recursive: true, force: true }));
test.run();
