// Checks that every external link in the built site still answers. Needs a network, so it is not
// part of `npm test`; run `npm run build` first, then `npm run check:external`.
// Dead links are listed with the archived copy that sources.yaml holds for them.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

const dist = "dist";
const sources = parse(readFileSync("content/sources.yaml", "utf8"));
const archiveOf = new Map(sources.map((s) => [s.url, s.archive]));

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith(".html") ? [join(dir, e.name)] : [],
  );
}

const links = new Map();
for (const file of htmlFiles(dist)) {
  for (const [, href] of readFileSync(file, "utf8").matchAll(/<a [^>]*href="(https?:\/\/[^"]+)"/g)) {
    const url = href.replace(/&amp;/g, "&");
    if (!links.has(url)) links.set(url, file);
  }
}

async function answers(url) {
  for (const method of ["HEAD", "GET"]) {
    try {
      const response = await fetch(url, { method, redirect: "follow", signal: AbortSignal.timeout(15_000) });
      if (response.ok) return { ok: true, status: response.status };
      if (method === "GET") return { ok: false, status: response.status };
    } catch (error) {
      if (method === "GET") return { ok: false, status: error.cause?.code ?? error.name };
    }
  }
  return { ok: false, status: "unknown" };
}

const urls = [...links.keys()];
console.log(`Checking ${urls.length} external links…`);
const dead = [];
for (let i = 0; i < urls.length; i += 8) {
  const batch = urls.slice(i, i + 8);
  const results = await Promise.all(batch.map(answers));
  results.forEach((r, j) => {
    if (!r.ok) dead.push({ url: batch[j], status: r.status, page: links.get(batch[j]) });
  });
}
for (const d of dead) {
  console.log(
    `DEAD ${d.status} ${d.url}\n     on ${d.page}\n     archived copy: ${archiveOf.get(d.url) ?? "none listed"}`,
  );
}
console.log(`${urls.length - dead.length} answered, ${dead.length} did not.`);
process.exit(dead.length ? 1 : 0);
