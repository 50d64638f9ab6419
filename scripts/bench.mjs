// `npm run bench`: measures this site against a peer made with Starlight, Astro's documentation
// theme, from the same content, and writes bench/report.md and bench/report.json.
//
// What it does, in order:
//   1. installs what it needs on first use, into bench/ only: Lighthouse into bench/tools/, and the
//      peer's Astro + Starlight into bench/starlight/node_modules/ (never into the site's package.json);
//   2. builds the site (`astro build` into bench/.work/dist/site/; the repository's dist/ is left alone);
//   3. turns each built page's <main> into a Starlight page and builds that peer (bench/starlight/);
//   4. serves both builds on 127.0.0.1 with brotli, as a CDN would, and runs Lighthouse on the same
//      paths, mobile and desktop presets, several runs each;
//   5. judges the results against the site's performance goals and writes the two reports.
//
// Options, by environment: CHROMIUM_PATH (the browser to drive), BENCH_RUNS (runs per page and
// preset; 3 by default). Raw Lighthouse reports are kept in bench/.work/dist/lighthouse/.
import { spawn, execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import os from "node:os";
import { delimiter, dirname, extname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants as zlibConstants } from "node:zlib";
import { chromiumArgs, findChromium } from "./chromium.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BENCH = join(ROOT, "bench");
const TOOLS = join(BENCH, "tools"); // Lighthouse, installed on demand
const PEER = join(BENCH, "starlight"); // the Starlight peer's project
// Everything built or measured goes under bench/.work/dist/: Prettier's ignore rules skip any dist/
// folder, and TypeScript's `**/*` (astro check) skips folders whose names start with a dot.
const WORK = join(BENCH, ".work", "dist");
const SITE_OUT = join(WORK, "site"); // our build, kept apart from the repository's own dist/
const PEER_OUT = join(WORK, "starlight");
const RUNS_DIR = join(WORK, "lighthouse"); // raw Lighthouse JSON, one file per run
const REPORT_MD = join(BENCH, "report.md");
const REPORT_JSON = join(BENCH, "report.json");

const LIGHTHOUSE_VERSION = "13.5.0";
const PATHS = ["/", "/opt-out/", "/timeline/", "/fr/"];
const PRESETS = ["mobile", "desktop"];
const RUNS = Number(process.env.BENCH_RUNS) || 3;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const SITES = { ours: "This site", peer: "Starlight peer" };

/** The goals from the issue. "kB" is 1,000 bytes, the stricter reading of "15 KB". */
const GOALS = {
  lcpMobileMs: 800,
  maxBytes: 15_000,
  minPeerByteRatio: 5,
};

/** Children get the site's own Node (Astro 7 needs >= 22.12) before the system's older one. */
const CHILD_ENV = {
  ...process.env,
  PATH: `${join(ROOT, "node_modules", ".bin")}${delimiter}${process.env.PATH}`,
  // Astro would otherwise try to send usage data to a host this machine cannot reach.
  ASTRO_TELEMETRY_DISABLED: "1",
};

class BenchError extends Error {}

/** Stops the benchmark with a message that says what is missing and what to do. */
function fail(message) {
  throw new BenchError(message);
}

function log(message) {
  console.log(`bench: ${message}`);
}

// ---------------------------------------------------------------------------------------------
// Child processes

/**
 * Runs a command and resolves with its output. The output is captured rather than shown, so the
 * console stays readable; it is printed when the command fails, because that is when it matters.
 * Async on purpose: the benchmark's own servers must keep answering while Lighthouse runs.
 */
function run(command, args, { cwd = ROOT, env = CHILD_ENV, timeoutMs = 15 * 60_000, label } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new BenchError(`${label ?? command}: could not start (${error.message}).`));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolvePromise(output);
      const tail = output.trim().split("\n").slice(-40).join("\n");
      const why = signal
        ? `was stopped (${signal}${signal === "SIGKILL" ? ", time limit" : ""})`
        : `exited with ${code}`;
      reject(new BenchError(`${label ?? command} ${why}. Its last output:\n${tail}`));
    });
  });
}

/**
 * Runs npm. Under `npm run bench`, npm tells us where its own script is (npm_execpath): running it
 * with this Node keeps npm on Node 24 too. Otherwise the `npm` on PATH is used.
 */
function npm(args, options) {
  const npmCli = process.env.npm_execpath;
  if (npmCli && /\.c?js$/.test(npmCli)) return run(process.execPath, [npmCli, ...args], options);
  return run("npm", args, options);
}

/** Runs the Astro CLI of a project with this Node, so the system's older Node is never used. */
function astro(projectDir, args, label) {
  const cli = join(projectDir, "node_modules", "astro", "bin", "astro.mjs");
  if (!existsSync(cli))
    fail(`${label}: Astro is not installed in ${projectDir} (no ${relative(ROOT, cli)}).`);
  return run(process.execPath, [cli, ...args], { cwd: projectDir, label });
}

// ---------------------------------------------------------------------------------------------
// What the benchmark needs

function checkNode() {
  const [major, minor] = process.versions.node.split(".").map(Number);
  if (major < 22 || (major === 22 && minor < 12)) {
    fail(
      `Node ${process.versions.node} is too old: Astro 7 and Lighthouse need Node 22.12 or newer.\n` +
        "Run it as `npm run bench`, which uses the site's own Node from node_modules/.bin.",
    );
  }
  if (!existsSync(join(ROOT, "node_modules", "astro"))) {
    fail("The site's dependencies are not installed: run `npm install` first.");
  }
}

/** The browser Lighthouse drives: CHROMIUM_PATH, then Playwright's own, then the system's. */
async function locateChromium() {
  const found = await findChromium().catch((error) => fail(error.message));
  if (!found) {
    fail(
      "No Chromium was found. Set CHROMIUM_PATH to a Chromium or Chrome executable, or install one " +
        "(`npx playwright install chromium`, or Debian's `apt-get install chromium`).",
    );
  }
  // findChromium leaves the path undefined when Playwright's own browser is the one to use.
  const path = found.path ?? createRequire(import.meta.url)("@playwright/test").chromium.executablePath();
  let version = "unknown";
  try {
    // Debian's wrapper script prints a harmless complaint on stderr; the version is on stdout.
    const out = execFileSync(path, ["--version"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 20_000,
    });
    version = out.trim() || version;
  } catch {
    // Keep "unknown"; Lighthouse's own user agent string is recorded in the report as well.
  }
  return { path, source: found.source, version };
}

function installedVersion(nodeModules, name) {
  const file = join(nodeModules, name, "package.json");
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")).version : null;
}

/** Lighthouse lives in bench/tools/ so the site's own `npm install` never fetches it. */
async function ensureLighthouse() {
  const cli = join(TOOLS, "node_modules", "lighthouse", "cli", "index.js");
  if (installedVersion(join(TOOLS, "node_modules"), "lighthouse") === LIGHTHOUSE_VERSION) return cli;
  log(`installing Lighthouse ${LIGHTHOUSE_VERSION} into ${relative(ROOT, TOOLS)}/ (once)...`);
  mkdirSync(TOOLS, { recursive: true });
  await npm(["install", "--prefix", TOOLS, "--no-audit", "--no-fund", `lighthouse@${LIGHTHOUSE_VERSION}`], {
    label: "npm install lighthouse",
  }).catch((error) =>
    fail(`${error.message}\nLighthouse could not be installed: is the npm registry reachable?`),
  );
  if (!existsSync(cli)) fail(`Lighthouse was installed, but ${relative(ROOT, cli)} is missing.`);
  return cli;
}

/** Installs the peer's Astro and Starlight when missing or not at the versions its package.json pins. */
async function ensurePeerDependencies() {
  const manifestFile = join(PEER, "package.json");
  if (!existsSync(manifestFile))
    fail(`${relative(ROOT, manifestFile)} is missing: the Starlight peer cannot be built.`);
  const { dependencies = {} } = JSON.parse(readFileSync(manifestFile, "utf8"));
  const stale = Object.entries(dependencies).filter(([name, wanted]) => {
    const have = installedVersion(join(PEER, "node_modules"), name);
    return !have || (/^\d/.test(wanted) && have !== wanted);
  });
  if (stale.length === 0) return;
  log(`installing the Starlight peer's dependencies into ${relative(ROOT, PEER)}/node_modules/ (once)...`);
  await npm(["install", "--no-audit", "--no-fund"], {
    cwd: PEER,
    label: "npm install (bench/starlight)",
  }).catch((error) =>
    fail(
      `${error.message}\nThe Starlight peer's dependencies could not be installed: is the npm registry reachable?`,
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// A small static server, as a CDN would serve the build

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

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Maps a request path to a file: a folder means its index.html; a folder without its slash redirects. */
function resolveRequest(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { status: 400 };
  }
  const file = resolve(root, `.${decoded}`);
  if (file !== root && !file.startsWith(root + sep)) return { status: 404 };
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!decoded.endsWith("/")) return { status: 301, location: `${pathname}/` };
    const index = join(file, "index.html");
    return existsSync(index) ? { status: 200, file: index } : { status: 404 };
  }
  return existsSync(file) ? { status: 200, file } : { status: 404 };
}

/**
 * Serves a build folder on 127.0.0.1 at a free port. Bodies are brotli-compressed at the highest
 * quality, once per file, as a CDN that pre-compresses static files would. Hashed /_astro/ files get
 * a year's cache, everything else must revalidate, as static hosts do by default.
 */
async function startServer(root) {
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
      const page404 = join(root, "404.html");
      if (!existsSync(page404))
        return void res.writeHead(status, { "Content-Type": "text/plain" }).end("Not found");
      file = page404;
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

// ---------------------------------------------------------------------------------------------
// Building the two sites

/**
 * Builds the site with its public address set to the local server's, so canonical links, the
 * sitemap and robots.txt point where Lighthouse looks, as they would on the real host.
 */
async function buildSite(origin) {
  log("building the site...");
  rmSync(SITE_OUT, { recursive: true, force: true });
  await astro(ROOT, ["build", "--site", origin, "--outDir", SITE_OUT], "astro build (site)");
  if (!existsSync(join(SITE_OUT, "index.html")))
    fail(`The site's build has no index.html in ${relative(ROOT, SITE_OUT)}/.`);
}

/** Every page of a directory-format build: each index.html, with the address it is served at. */
function builtPages(outDir) {
  return filesUnder(outDir)
    .filter((file) => file.endsWith(`${sep}index.html`))
    .map((file) => {
      const rel = relative(outDir, dirname(file)).split(sep).join("/");
      return { path: rel ? `/${rel}/` : "/", html: readFileSync(file, "utf8") };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

function decodeEntities(text) {
  const named = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code) => {
    if (code[0] === "#") {
      const n = code[1].toLowerCase() === "x" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return String.fromCodePoint(n);
    }
    return named[code.toLowerCase()] ?? whole;
  });
}

const textOf = (html) =>
  decodeEntities(html.replace(/<[^>]*>/g, ""))
    .replace(/\s+/g, " ")
    .trim();
const metaContent = (html, attr, value) =>
  decodeEntities(
    html.match(new RegExp(`<meta[^>]*${attr}="${value}"[^>]*content="([^"]*)"`, "i"))?.[1] ?? "",
  );

/** Escapes what Markdown would read as formatting in a heading's text (not inside its tags). */
function escapeMarkdownText(html) {
  return html
    .split(/(<[^>]*>)/)
    .map((part, i) => (i % 2 ? part : part.replace(/[\\`*_[\]#|]/g, "\\$&")))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

/** HTML block tags of CommonMark (type 6): a chunk that starts with one is passed through untouched. */
const BLOCK_TAG =
  /^<\/?(address|article|aside|blockquote|details|dialog|dd|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)\b/i;

/**
 * Turns the inner HTML of one of our <main> elements into a Starlight Markdown page body. The HTML
 * stays as it is, except:
 * - the h1 goes, because Starlight prints the title as the page's h1;
 * - scripts and our copy-link buttons go: the peer has its own scripts and heading anchors;
 * - headings become Markdown headings, so Starlight lists them in its "On this page" box as it
 *   would for a page written for it;
 * - blank lines go, so each chunk between headings stays one raw HTML block.
 */
function toStarlightBody(mainHtml) {
  const html = mainHtml
    .replace(/<script\b[\s\S]*?<\/script>/gi, "")
    .replace(/<h1\b[^>]*>[\s\S]*?<\/h1>/i, "")
    .replace(/<div class="heading-wrapper">\s*(<h([2-6])\b[^>]*>[\s\S]*?<\/h\2>)[\s\S]*?<\/div>/gi, "$1")
    .replace(/<a\b[^>]*class="copy-link"[^>]*>[\s\S]*?<\/a>/gi, "");
  const chunks = [];
  let last = 0;
  for (const match of html.matchAll(/<h([2-6])\b[^>]*>([\s\S]*?)<\/h\1>/gi)) {
    chunks.push(html.slice(last, match.index));
    chunks.push(`${"#".repeat(Number(match[1]))} ${escapeMarkdownText(match[2])}`);
    last = match.index + match[0].length;
  }
  chunks.push(html.slice(last));
  return chunks
    .map((chunk) => (chunk.startsWith("#") ? chunk : chunk.replace(/\n\s*\n/g, "\n").trim()))
    .filter(Boolean)
    .map((chunk) => (chunk.startsWith("#") || BLOCK_TAG.test(chunk) ? chunk : `<div>${chunk}</div>`))
    .join("\n\n");
}

/**
 * Writes the peer's pages (src/content/docs/) and settings (src/peer.json) from our build: same
 * addresses, same titles and descriptions, same content. A page in another language than the home
 * page, under /xx/, becomes a page of a Starlight locale, as a bilingual Starlight site would have.
 */
function writePeerContent(pages) {
  const langOf = (html) => html.match(/<html[^>]*\blang="([^"]+)"/i)?.[1];
  const home = pages.find((p) => p.path === "/");
  const homeLang = langOf(home?.html ?? "") ?? "en";
  const entries = pages
    .map((page) => ({
      ...page,
      lang: langOf(page.html) ?? homeLang,
      main: page.html.match(/<main\b[^>]*>([\s\S]*)<\/main>/i)?.[1],
    }))
    .filter((page) => page.main);
  if (entries.length === 0)
    fail("No page of the site's build has a <main> element: nothing to give the Starlight peer.");

  // "/fr/..." in lang "fr" or "fr-CA" is a French locale; Starlight names a locale by that prefix.
  const locales = {};
  for (const { path, lang } of entries) {
    const prefix = path.split("/")[1];
    const primary = lang.split("-")[0].toLowerCase();
    if (lang !== homeLang && prefix === primary) locales[prefix] = { label: languageName(primary), lang };
  }

  const docsDir = join(PEER, "src", "content", "docs");
  rmSync(docsDir, { recursive: true, force: true });
  for (const page of entries) {
    const title =
      textOf(page.html.match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/i)?.[1] ?? "") ||
      textOf(page.html.match(/<title>([\s\S]*?)<\/title>/i)?.[1] ?? page.path);
    const description = metaContent(page.html, "name", "description");
    const frontmatter = [
      `title: ${JSON.stringify(title)}`,
      description && `description: ${JSON.stringify(description)}`,
    ];
    // A page is slug.md, as a Starlight author would write it (folders would become sidebar groups),
    // except a locale's home page, which Starlight expects as fr/index.md.
    const slug = page.path.slice(1, -1);
    const file = join(docsDir, slug === "" ? "index.md" : locales[slug] ? `${slug}/index.md` : `${slug}.md`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(
      file,
      `---\n${frontmatter.filter(Boolean).join("\n")}\n---\n\n${toStarlightBody(page.main)}\n`,
    );
  }

  // Starlight links /favicon.svg on every page; without one the peer would log a 404 and lose points.
  const publicDir = join(PEER, "public");
  rmSync(publicDir, { recursive: true, force: true });
  mkdirSync(publicDir, { recursive: true });
  if (existsSync(join(SITE_OUT, "favicon.svg")))
    cpSync(join(SITE_OUT, "favicon.svg"), join(publicDir, "favicon.svg"));

  const title = metaContent(home?.html ?? "", "property", "og:site_name") || "Site";
  const peerLocales = Object.keys(locales).length
    ? { root: { label: languageName(homeLang.split("-")[0]), lang: homeLang }, ...locales }
    : null;
  writeFileSync(
    join(PEER, "src", "peer.json"),
    `${JSON.stringify({ title, locales: peerLocales }, null, 2)}\n`,
  );
  return entries.length;
}

function languageName(lang) {
  const name = new Intl.DisplayNames([lang], { type: "language" }).of(lang) ?? lang;
  return name[0].toUpperCase() + name.slice(1);
}

async function buildPeer(origin) {
  log("building the Starlight peer...");
  rmSync(PEER_OUT, { recursive: true, force: true });
  await astro(PEER, ["build", "--site", origin, "--outDir", PEER_OUT], "astro build (Starlight peer)");
  if (!existsSync(join(PEER_OUT, "index.html")))
    fail(`The Starlight peer's build has no index.html in ${relative(ROOT, PEER_OUT)}/.`);
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

/** One Lighthouse run, in its own process and its own fresh browser, so runs cannot affect each other. */
async function lighthouse(cli, chromium, url, preset, outFile) {
  const args = [
    cli,
    url,
    "--output=json",
    `--output-path=${outFile}`,
    "--quiet",
    `--only-categories=${CATEGORIES.join(",")}`,
    `--chrome-flags=${[...chromiumArgs, "--headless"].join(" ")}`,
    ...(preset === "desktop" ? ["--preset=desktop"] : []),
  ];
  await run(process.execPath, args, {
    env: { ...CHILD_ENV, CHROME_PATH: chromium.path },
    timeoutMs: 3 * 60_000,
    label: `Lighthouse (${url}, ${preset})`,
  });
  const lhr = JSON.parse(readFileSync(outFile, "utf8"));
  if (lhr.runtimeError)
    fail(
      `Lighthouse could not measure ${url} (${preset}): ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`,
    );
  return summarize(lhr);
}

/** The numbers the report needs from one Lighthouse report, and what explains them. */
function summarize(lhr) {
  const audit = (id) => lhr.audits[id] ?? {};
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
  );
  // Only real transfers count as requests: data: URLs cost no round trip.
  const requests = (audit("network-requests").details?.items ?? []).filter((r) => /^https?:/.test(r.url));
  const pathOf = (url) => (URL.canParse(url) ? new URL(url).pathname + new URL(url).search : url);
  const lost = {};
  for (const c of CATEGORIES) {
    const refs = lhr.categories[c]?.auditRefs ?? [];
    const failing = refs.filter((r) => r.weight > 0 && audit(r.id).score !== null && audit(r.id).score < 1);
    if (failing.length)
      lost[c] = failing.map(
        (r) => `${audit(r.id).title} (${r.id}: ${audit(r.id).displayValue ?? audit(r.id).score})`,
      );
  }
  const lcpNode = (audit("lcp-breakdown-insight").details?.items ?? []).find((i) => i.type === "node");
  return {
    scores,
    fcp: Math.round(audit("first-contentful-paint").numericValue),
    lcp: Math.round(audit("largest-contentful-paint").numericValue),
    tbt: Math.round(audit("total-blocking-time").numericValue),
    cls: Number(audit("cumulative-layout-shift").numericValue.toFixed(4)),
    bytes: Math.round(audit("total-byte-weight").numericValue),
    requests: requests.length,
    resources: requests
      .map((r) => ({ path: pathOf(r.url), type: r.resourceType ?? "Other", bytes: r.transferSize ?? 0 }))
      .sort((a, b) => b.bytes - a.bytes),
    renderBlocking: (audit("render-blocking-insight").details?.items ?? []).map(
      (i) => `\`${pathOf(i.url)}\``,
    ),
    lcpElement: lcpNode
      ? `\`${lcpNode.snippet}\`` + (lcpNode.nodeLabel ? ` ("${lcpNode.nodeLabel.slice(0, 50)}…")` : "")
      : null,
    layoutShifts: (audit("layout-shifts").details?.items ?? []).map(
      (i) => `\`${i.node?.snippet ?? "?"}\` (${i.score})`,
    ),
    longTasks: (audit("long-tasks").details?.items ?? []).map((i) => `${pathOf(i.url)} ${ms(i.duration)}`),
    lost,
    // Lighthouse's measure of how fast the CPU was for this run: lower means slower or busier.
    cpuIndex: lhr.environment?.benchmarkIndex ?? null,
    userAgent: lhr.environment?.hostUserAgent,
    lighthouseVersion: lhr.lighthouseVersion,
  };
}

/** The metrics the report tabulates, and which way is worse for each. */
const METRICS = [
  ...CATEGORIES.map((c) => ({ key: c, get: (r) => r.scores[c], worse: Math.min })),
  { key: "fcp", get: (r) => r.fcp, worse: Math.max },
  { key: "lcp", get: (r) => r.lcp, worse: Math.max },
  { key: "tbt", get: (r) => r.tbt, worse: Math.max },
  { key: "cls", get: (r) => r.cls, worse: Math.max },
  { key: "bytes", get: (r) => r.bytes, worse: Math.max },
  { key: "requests", get: (r) => r.requests, worse: Math.max },
];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function aggregate(runs) {
  const medianOf = {};
  const worstOf = {};
  for (const m of METRICS) {
    const values = runs.map(m.get);
    medianOf[m.key] = median(values);
    worstOf[m.key] = m.worse(...values);
  }
  return { median: medianOf, worst: worstOf, runs };
}

/** Runs every path, preset and run, alternating the two sites so a slow moment hurts both alike. */
async function measure(cli, chromium, servers, paths) {
  const results = { ours: {}, peer: {} };
  const total = paths.length * PRESETS.length * RUNS * 2;
  let done = 0;
  for (const path of paths) {
    for (const preset of PRESETS) {
      const runs = { ours: [], peer: [] };
      for (let n = 1; n <= RUNS; n++) {
        for (const site of ["ours", "peer"]) {
          const dir = join(RUNS_DIR, site);
          mkdirSync(dir, { recursive: true });
          const name = `${path === "/" ? "home" : path.slice(1, -1).replaceAll("/", "_")}-${preset}-${n}.json`;
          // Other work on the machine inflates CPU-bound numbers (TBT above all): note the load.
          const load = Number(os.loadavg()[0].toFixed(1));
          const measureOnce = () =>
            lighthouse(cli, chromium, servers[site].origin + path, preset, join(dir, name));
          // A browser that fails to start or times out now and then is no result: one more try.
          const summary = await measureOnce().catch((error) => {
            log(`${error.message.split("\n")[0]} Trying once more.`);
            return measureOnce();
          });
          runs[site].push({ ...summary, load });
          done++;
          log(
            `[${done}/${total}] ${SITES[site]} ${path} ${preset} run ${n}: ` +
              `${CATEGORIES.map((c) => summary.scores[c]).join("/")}, LCP ${seconds(summary.lcp)}, ` +
              `${kB(summary.bytes)}, ${summary.requests} requests`,
          );
        }
      }
      for (const site of ["ours", "peer"]) (results[site][path] ??= {})[preset] = aggregate(runs[site]);
    }
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// Judging and reporting

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value) => `${Math.round(value)} ms`;
const bytesExact = (bytes) => `${bytes.toLocaleString("en")} bytes`;
const requestCount = (n) => `${n} requests`;
const ratio = (a, b) => (b > 0 ? Number((a / b).toFixed(2)) : null);

/**
 * Our pages and presets that miss a goal in at least one run, one line each: `describe` gets the
 * runs that missed it and says by how much and why.
 */
function misses(results, { presets = PRESETS, missed, describe }) {
  const lines = [];
  for (const [path, byPreset] of Object.entries(results.ours)) {
    for (const [preset, { runs }] of Object.entries(byPreset)) {
      if (!presets.includes(preset)) continue;
      const bad = runs.map((r, i) => ({ ...r, n: i + 1 })).filter(missed);
      if (bad.length)
        lines.push(
          `\`${path}\` ${preset}, run${bad.length > 1 ? "s" : ""} ${bad.map((r) => r.n).join(", ")} of ${runs.length}: ${describe(bad)}`,
        );
    }
  }
  return lines;
}

/** "0.92 s" or "0.92–0.97 s": the spread of a metric over some runs. */
function spread(runs, get, format) {
  const values = runs.map(get);
  const [lo, hi] = [Math.min(...values), Math.max(...values)];
  return lo === hi ? format(lo) : `${format(lo).replace(/ \S+$/, "")}–${format(hi)}`;
}

const unique = (lists) => [...new Set(lists.flat())];

/** " (label: a, b)" from what some runs list, or nothing when they list nothing. */
function aside(label, runs, get) {
  const items = unique(runs.map(get));
  return items.length ? ` (${label}: ${items.join(", ")})` : "";
}

function judge(results, ratios) {
  const goals = [];
  const add = (id, goal, details, { judged = true, why } = {}) =>
    goals.push({
      id,
      goal,
      passed: details.length === 0 && judged,
      details,
      ...(details.length && why ? { why } : {}),
    });

  add(
    "lighthouse-100",
    "Lighthouse 100 in all four categories in every run",
    misses(results, {
      missed: (r) => CATEGORIES.some((c) => r.scores[c] < 100),
      describe: (bad) =>
        CATEGORIES.filter((c) => bad.some((r) => r.scores[c] < 100))
          .map(
            (c) =>
              `${c} ${spread(bad, (r) => r.scores[c], String)}${aside("points lost on", bad, (r) => r.lost[c] ?? [])}`,
          )
          .join("; "),
    }),
  );

  add(
    "lcp-mobile",
    `LCP at most ${GOALS.lcpMobileMs / 1000} s on the mobile preset (every run)`,
    misses(results, {
      presets: ["mobile"],
      missed: (r) => r.lcp > GOALS.lcpMobileMs,
      describe: (bad) =>
        `LCP ${spread(bad, (r) => r.lcp, seconds)}, FCP ${spread(bad, (r) => r.fcp, seconds)}, ` +
        `${spread(bad, (r) => r.requests, requestCount)}` +
        `${aside("largest element", bad, (r) => r.lcpElement ?? [])}` +
        `${aside("render-blocking", bad, (r) => r.renderBlocking)}`,
    }),
    {
      why:
        "The mobile preset simulates a slow 4G link (150 ms round trips, 1.6 Mb/s) and a 4× slower CPU. " +
        "Lighthouse counts every request that started before the largest element was painted (an icon, " +
        "a manifest, a script) as a cost of that paint: each adds at least a round trip.",
    },
  );

  add(
    "cls-tbt-zero",
    "CLS 0 and TBT 0 in every run",
    misses(results, {
      missed: (r) => r.cls > 0 || r.tbt > 0,
      describe: (bad) =>
        `CLS ${spread(bad, (r) => r.cls, String)}${aside("shifted", bad, (r) => r.layoutShifts)}, ` +
        `TBT ${spread(bad, (r) => r.tbt, ms)}${aside("long tasks", bad, (r) => r.longTasks)}`,
    }),
  );

  add(
    "bytes-per-page",
    `Total first-load transfer at most ${GOALS.maxBytes / 1000} kB (${GOALS.maxBytes.toLocaleString("en")} bytes) per page (every run)`,
    misses(results, {
      missed: (r) => r.bytes > GOALS.maxBytes,
      describe: (bad) =>
        `${spread(bad, (r) => r.bytes, bytesExact)}` +
        aside("largest", bad.slice(-1), (r) =>
          r.resources.slice(0, 4).map((res) => `\`${res.path}\` ${kB(res.bytes)}`),
        ),
    }),
  );

  add(
    "vs-starlight",
    `At least ${GOALS.minPeerByteRatio}× fewer bytes than the Starlight build of the same content (median, each page and preset)`,
    ratios
      .filter((q) => q.bytes === null || q.bytes < GOALS.minPeerByteRatio)
      .map(
        (q) =>
          `\`${q.path}\` ${q.preset}: Starlight sends ${q.bytes ?? "?"}× our bytes (${kB(q.peerBytes)} against ${kB(q.ourBytes)})`,
      ),
    { judged: ratios.length > 0 },
  );
  return goals;
}

function ratiosOf(results) {
  const rows = [];
  for (const [path, presets] of Object.entries(results.ours)) {
    for (const [preset, ours] of Object.entries(presets)) {
      const peer = results.peer[path]?.[preset];
      if (!peer) continue;
      rows.push({
        path,
        preset,
        ourBytes: ours.median.bytes,
        peerBytes: peer.median.bytes,
        bytes: ratio(peer.median.bytes, ours.median.bytes),
        requests: ratio(peer.median.requests, ours.median.requests),
        lcp: ratio(peer.median.lcp, ours.median.lcp),
      });
    }
  }
  return rows;
}

/** How fast the CPU was across every run (Lighthouse's benchmark index), to tell a slow machine from a slow page. */
function cpuSpeed(results) {
  const all = Object.values(results).flatMap((byPath) =>
    Object.values(byPath).flatMap((byPreset) => Object.values(byPreset).flatMap((r) => r.runs)),
  );
  const values = all.map((r) => r.cpuIndex).filter((v) => typeof v === "number");
  if (values.length === 0) return null;
  return { median: Math.round(median(values)), min: Math.min(...values), max: Math.max(...values) };
}

function machine(chromium, lighthouseRun, results) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? "unknown",
    cores: cpus.length,
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    chromium: chromium.version,
    chromiumSource: chromium.source,
    chromiumUserAgent: lighthouseRun?.userAgent ?? null,
    lighthouse: lighthouseRun?.lighthouseVersion ?? LIGHTHOUSE_VERSION,
    cpuIndex: cpuSpeed(results),
  };
}

/** A maintainer's notes survive a new run: everything under "## Notes" in the old report is kept. */
function keptNotes() {
  const placeholder =
    "_For the maintainers: where a goal is missed, say here why, and whether it is accepted or being worked on. " +
    "This section is kept when the report is written again._\n";
  if (!existsSync(REPORT_MD)) return placeholder;
  const old = readFileSync(REPORT_MD, "utf8");
  const at = old.search(/^## Notes[ \t]*$/m);
  return at === -1 ? placeholder : old.slice(at).replace(/^## Notes[ \t]*\n+/, "") || placeholder;
}

const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** One sentence with the numbers that matter most: typical transfer and requests of each site. */
function headline(results) {
  const medians = (site, key) =>
    median(
      Object.values(results[site]).flatMap((byPreset) =>
        Object.values(byPreset).map((agg) => agg.median[key]),
      ),
    );
  const [ours, peer] = [medians("ours", "bytes"), medians("peer", "bytes")];
  return (
    `Typical page (median over pages and presets): this site sends ${kB(ours)} in ${plural(Math.round(medians("ours", "requests")), "request")}, ` +
    `Starlight ${kB(peer)} in ${plural(Math.round(medians("peer", "requests")), "request")} (${ratio(peer, ours)}×). ` +
    `Mobile LCP: ${seconds(median(Object.values(results.ours).map((p) => p.mobile.median.lcp)))} against ` +
    `${seconds(median(Object.values(results.peer).map((p) => p.mobile.median.lcp)))}.`
  );
}

function cell(agg, key, format = (v) => v) {
  const m = format(agg.median[key]);
  const w = format(agg.worst[key]);
  return m === w ? `${m}` : `${m} (${w})`;
}

function resultsTable(results) {
  const rows = [
    "| Site | Path | Preset | Perf. | A11y | Best pr. | SEO | FCP | LCP | TBT | CLS | Transfer | Requests |",
    "| --- | --- | --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |",
  ];
  for (const site of ["ours", "peer"]) {
    for (const [path, presets] of Object.entries(results[site])) {
      for (const [preset, agg] of Object.entries(presets)) {
        rows.push(
          `| ${SITES[site]} | \`${path}\` | ${preset} | ${CATEGORIES.map((c) => cell(agg, c)).join(" | ")} | ` +
            `${cell(agg, "fcp", seconds)} | ${cell(agg, "lcp", seconds)} | ${cell(agg, "tbt", (v) => `${Math.round(v)} ms`)} | ` +
            `${cell(agg, "cls", (v) => v.toFixed(3))} | ${cell(agg, "bytes", kB)} | ${cell(agg, "requests", (v) => String(Math.round(v)))} |`,
        );
      }
    }
  }
  return rows.join("\n");
}

function writeReports({ date, machineInfo, paths, skipped, results, ratios, goals, pagesGiven, durationS }) {
  const json = {
    date,
    durationSeconds: durationS,
    machine: machineInfo,
    settings: {
      paths,
      skipped,
      presets: PRESETS,
      runs: RUNS,
      categories: CATEGORIES,
      goals: GOALS,
      server: "node:http, brotli quality 11",
    },
    peer: { generator: "@astrojs/starlight", pages: pagesGiven },
    goals,
    ratios,
    results,
  };
  // Every run's browser and Lighthouse version are the same and already under `machine`.
  const perRunOnly = new Set(["userAgent", "lighthouseVersion"]);
  writeFileSync(
    REPORT_JSON,
    `${JSON.stringify(json, (key, value) => (perRunOnly.has(key) ? undefined : value), 2)}\n`,
  );

  const passed = goals.filter((g) => g.passed).length;
  const md = [
    "# Benchmark: this site against a Starlight build of the same content",
    "",
    `Written by \`npm run bench\` (scripts/bench.mjs) on ${date.slice(0, 16).replace("T", " ")} UTC, in ${Math.round(durationS / 60)} min. ` +
      `Goals met: **${passed} of ${goals.length}**.`,
    "",
    headline(results),
    "",
    "## Machine",
    "",
    `- CPU: ${machineInfo.cpu}, ${machineInfo.cores} cores; memory: ${machineInfo.memoryGiB} GiB; ${machineInfo.os}`,
    `- Node ${machineInfo.node}; Lighthouse ${machineInfo.lighthouse}`,
    `- Browser: ${machineInfo.chromium}; found as ${machineInfo.chromiumSource}`,
    ...(machineInfo.cpuIndex
      ? [
          `- CPU speed during the runs (Lighthouse's benchmark index; higher is faster, and on a quiet machine it ` +
            `varies by a few per cent): median ${machineInfo.cpuIndex.median}, ` +
            `from ${machineInfo.cpuIndex.min} to ${machineInfo.cpuIndex.max}. Lighthouse scales the slowed-down ` +
            `CPU of its mobile preset from the real one, so a busy machine shows as longer tasks (TBT) and later paints.`,
        ]
      : []),
    "",
    "## Goals",
    "",
    "| Goal | Result |",
    "| --- | --- |",
    ...goals.map((g) => `| ${g.goal} | ${g.passed ? "passed" : "**missed**"} |`),
    "",
    ...goals
      .filter((g) => !g.passed)
      .flatMap((g) => [
        `### Missed: ${g.goal}`,
        "",
        ...(g.details.length ? g.details : ["No run to judge."]).map((d) => `- ${d}`),
        "",
        ...(g.why ? [g.why, ""] : []),
      ]),
    "## Results",
    "",
    `Each cell: the median of ${plural(RUNS, "run")}, and in brackets the worst run when it differs. ` +
      "Transfer is Lighthouse's total byte weight (bodies as sent, brotli, plus headers); 1 kB = 1,000 bytes.",
    "",
    resultsTable(results),
    "",
    "## Starlight / this site",
    "",
    "Medians; above 1 means Starlight sends or takes more.",
    "",
    "| Path | Preset | Transfer | Requests | LCP |",
    "| --- | --- | --: | --: | --: |",
    ...ratios.map(
      (q) =>
        `| \`${q.path}\` | ${q.preset} | ${q.bytes ?? "–"}× | ${q.requests ?? "–"}× | ${q.lcp ?? "–"}× |`,
    ),
    "",
    "## How it was measured",
    "",
    `- Paths: ${paths.map((p) => `\`${p}\``).join(", ")}.` +
      (skipped.length ? ` Skipped, not in the build: ${skipped.map((p) => `\`${p}\``).join(", ")}.` : ""),
    `- Lighthouse's mobile (default: simulated slow 4G, 4× CPU slowdown) and desktop presets, ${plural(RUNS, "run")} each, every run in a fresh headless Chromium.`,
    "- Both builds are served from 127.0.0.1 by a small Node server: brotli (quality 11) for text, long caching for `/_astro/`, HTTP/1.1. " +
      "A `_headers` file in the build is not applied: on a CDN its headers would be sent once and then compressed by HTTP/2.",
    "- Both are built with their public address set to the local server's, so canonical links and robots.txt point where they are served.",
    `- The peer: a stock Starlight ${installedVersion(join(PEER, "node_modules"), "@astrojs/starlight") ?? ""} site (bench/starlight/). ` +
      `Each of our ${pagesGiven} built pages becomes a Starlight page at the same address with the same title, description and \`<main>\` content ` +
      "(our h1, scripts and copy-link buttons left out; Starlight adds its own). Pages under `/xx/` in another language become a Starlight locale.",
    "- Files a page fetches after it has loaded count when Lighthouse sees them before it stops: Starlight fetches its " +
      "search code when the browser is first idle, which some runs miss. Medians smooth this out; the worst run shows it.",
    "- Goals about our site are judged on every run; the comparison with Starlight on medians.",
    "",
    "## Notes",
    "",
    keptNotes().trimEnd(),
    "",
  ].join("\n");
  writeFileSync(REPORT_MD, md);
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  checkNode();
  const chromium = await locateChromium();
  log(`Chromium: ${chromium.version}, ${chromium.source}`);
  const cli = await ensureLighthouse();
  await ensurePeerDependencies();

  // The servers start first: each build needs its server's address as its public address.
  const servers = { ours: await startServer(SITE_OUT), peer: await startServer(PEER_OUT) };
  try {
    await buildSite(servers.ours.origin);
    const pages = builtPages(SITE_OUT);
    const pagesGiven = writePeerContent(pages);
    await buildPeer(servers.peer.origin);
    servers.ours.precompress();
    servers.peer.precompress();

    const paths = PATHS.filter((p) => existsSync(join(SITE_OUT, p, "index.html")));
    const skipped = PATHS.filter((p) => !paths.includes(p));
    if (skipped.length) log(`skipping ${skipped.join(", ")}: not in the site's build.`);
    const missingInPeer = paths.filter((p) => !existsSync(join(PEER_OUT, p, "index.html")));
    if (missingInPeer.length)
      fail(`The Starlight peer's build lacks ${missingInPeer.join(", ")}, which the site has.`);

    rmSync(RUNS_DIR, { recursive: true, force: true });
    const results = await measure(cli, chromium, servers, paths);
    const ratios = ratiosOf(results);
    const goals = judge(results, ratios);
    const firstRun = Object.values(Object.values(results.ours)[0])[0].runs[0];
    const durationS = Math.round((Date.now() - started) / 1000);
    writeReports({
      date: new Date().toISOString(),
      machineInfo: machine(chromium, firstRun, results),
      paths,
      skipped,
      results,
      ratios,
      goals,
      pagesGiven,
      durationS,
    });

    console.log("");
    for (const q of ratios) {
      console.log(
        `  ${q.path} ${q.preset}: Starlight/ours bytes ${q.bytes}×, requests ${q.requests}×, LCP ${q.lcp}×`,
      );
    }
    for (const g of goals) {
      console.log(`  ${g.passed ? "passed" : "MISSED"}: ${g.goal}`);
      for (const d of g.details) console.log(`      ${d}`);
      if (g.why) console.log(`      ${g.why}`);
    }
    log(`wrote ${relative(ROOT, REPORT_MD)} and ${relative(ROOT, REPORT_JSON)} in ${durationS} s.`);
  } finally {
    await Promise.all(Object.values(servers).map((s) => s.close()));
  }
}

main().catch((error) => {
  console.error(`bench: ${error instanceof BenchError ? error.message : error.stack}`);
  process.exit(1);
});
