// The other side of the comparison: the same content as a stock Starlight site would carry it. The
// pages are made from our own build rather than from the sources, so both sides hold the very same
// text, addresses, titles and descriptions, and only what each framework adds around them differs.
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { PEER, PEER_OUT, ROOT, SITE_OUT, astro, fail, log } from "./context.mjs";

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
 * - scripts (our module script's tag among them) and our copy-link buttons go: the peer has its own
 *   scripts and heading anchors;
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

function languageName(lang) {
  const name = new Intl.DisplayNames([lang], { type: "language" }).of(lang) ?? lang;
  return name[0].toUpperCase() + name.slice(1);
}

/**
 * Writes the peer's pages (src/content/docs/) and settings (src/peer.json) from our build: same
 * addresses, same titles and descriptions, same content. A page in another language than the home
 * page, under /xx/, becomes a page of a Starlight locale, as a bilingual Starlight site would have.
 * Pages without a <main> (the stubs that send a moved address on) have no content to give and are
 * left out. Returns how many pages the peer got.
 */
export function writePeerContent(pages) {
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
  // The drawn screens our <main> shows: the peer must serve the same files, or each would be
  // answered by its 12 kB not-found page and swell its side of the comparison.
  if (existsSync(join(SITE_OUT, "screens")))
    cpSync(join(SITE_OUT, "screens"), join(publicDir, "screens"), { recursive: true });

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

export async function buildPeer(origin) {
  log("building the Starlight peer...");
  rmSync(PEER_OUT, { recursive: true, force: true });
  await astro(PEER, ["build", "--site", origin, "--outDir", PEER_OUT], "astro build (Starlight peer)");
  if (!existsSync(join(PEER_OUT, "index.html")))
    fail(`The Starlight peer's build has no index.html in ${relative(ROOT, PEER_OUT)}/.`);
}
