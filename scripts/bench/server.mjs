// Both builds are served the way a CDN serves static files, so Lighthouse's transfer sizes and timings
// are those a reader would get: pre-compressed brotli bodies, long caching for hashed files, and for a
// missing address the nearest not-found page, as Cloudflare Pages does (the site's _redirects asks
// Netlify for the same under /fr/). A _headers or _redirects file in the build is not read.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, resolve, sep } from "node:path";
import { brotliCompressSync, constants as zlibConstants } from "node:zlib";
import { filesUnder } from "./context.mjs";

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".wasm": "application/wasm",
  ".pdf": "application/pdf",
};

/** Text compresses; images, fonts and Pagefind's already-compressed index files do not gain from it. */
function isCompressible(type) {
  return /^(text\/|application\/(json|manifest\+json|xml|wasm)|image\/svg\+xml)/.test(type);
}

const isInside = (root, file) => file === root || file.startsWith(root + sep);

/** Maps a request path to a file: a folder means its index.html; a folder without its slash redirects. */
function resolveRequest(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { status: 400 };
  }
  const file = resolve(root, `.${decoded}`);
  if (!isInside(root, file)) return { status: 404 };
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!decoded.endsWith("/")) return { status: 301, location: `${pathname}/` };
    const index = join(file, "index.html");
    return existsSync(index) ? { status: 200, file: index } : { status: 404 };
  }
  return existsSync(file) ? { status: 200, file } : { status: 404 };
}

/**
 * The 404.html closest to a missing address, from its own folder up to the build's root
 * (/fr/nothing/ gets fr/404.html when there is one, else 404.html), or null when there is none.
 */
function notFoundPage(root, pathname) {
  const folders = pathname.split("/").slice(1, -1);
  for (let depth = folders.length; depth >= 0; depth--) {
    const page = resolve(root, ...folders.slice(0, depth), "404.html");
    if (isInside(root, page) && existsSync(page)) return page;
  }
  return null;
}

/**
 * Serves a build folder on 127.0.0.1 at a free port. Bodies are brotli-compressed at the highest
 * quality, once per file, as a CDN that pre-compresses static files would. Hashed /_astro/ files get
 * a year's cache, everything else must revalidate, as static hosts do by default.
 */
export async function startServer(root) {
  const compressed = new Map();
  const compress = (file) => {
    if (!compressed.has(file)) {
      compressed.set(
        file,
        brotliCompressSync(readFileSync(file), { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }),
      );
    }
    return compressed.get(file);
  };
  const server = createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    const { pathname } = new URL(req.url, "http://localhost");
    let { status, file, location } = resolveRequest(root, pathname);
    if (status === 301) return void res.writeHead(301, { Location: location }).end();
    if (status !== 200) {
      file = notFoundPage(root, pathname);
      if (!file) return void res.writeHead(status, { "Content-Type": "text/plain" }).end("Not found");
    }
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
    const headers = {
      "Content-Type": type,
      "Cache-Control": pathname.startsWith("/_astro/")
        ? "public, max-age=31536000, immutable"
        : "public, max-age=0, must-revalidate",
    };
    let body = readFileSync(file);
    if (isCompressible(type)) {
      headers.Vary = "Accept-Encoding";
      if (/\bbr\b/.test(req.headers["accept-encoding"] ?? "")) {
        body = compress(file);
        headers["Content-Encoding"] = "br";
      }
    }
    headers["Content-Length"] = body.length;
    res.writeHead(status === 200 ? 200 : 404, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  });
  await new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolvePromise);
  });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    /**
     * Compresses every text file before the first request, as a CDN's cache would hold them: a
     * first request that waited for compression would show Lighthouse a slow server.
     */
    precompress() {
      compressed.clear();
      for (const file of filesUnder(root)) {
        if (isCompressible(CONTENT_TYPES[extname(file).toLowerCase()] ?? "")) compress(file);
      }
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolvePromise) => server.close(resolvePromise));
    },
  };
}
