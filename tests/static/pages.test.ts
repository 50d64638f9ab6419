import assert from "node:assert/strict";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { parsePolicy } from "../../src/lib/build/csp.mjs";
import {
  allPaths,
  builtPage,
  distDir,
  fileOf,
  htmlFiles,
  metaContent,
  notFoundPaths,
  offlinePaths,
  problems,
  sitemapPaths,
} from "./site.ts";

// Each check reads every page once and lists every page that fails it.
function eachPage(paths: string[], check: (page: ReturnType<typeof builtPage>) => string[]): string[] {
  return paths.flatMap((path) => check(builtPage(path)).map((p) => `${path}: ${p}`));
}

test("every address in the sitemap is built, and every other built page is a not-found, offline or redirect page", () => {
  const listed = sitemapPaths();
  const missing = listed.filter((path) => !existsSync(fileOf(path)));
  assert.deepEqual(missing, [], problems(missing, "listed but not built"));
  const reachable = new Set(listed.map((p) => fileOf(p)));
  const redirects = (file: string) =>
    /<meta http-equiv="refresh"/.test(readFileSync(join(distDir, file), "utf8"));
  const unlisted = htmlFiles().filter(
    (f) =>
      !reachable.has(join(distDir, f)) &&
      !notFoundPaths.includes(`/${f}`) &&
      !offlinePaths.map(fileOf).includes(join(distDir, f)) &&
      !redirects(f),
  );
  assert.deepEqual(unlisted, [], problems(unlisted, "built pages the sitemap does not list"));
});

test("every page has one h1, a title, a description and its language", () => {
  const found = eachPage(allPaths(), ({ doc }) => [
    ...(doc.querySelectorAll("h1").length === 1 ? [] : [`${doc.querySelectorAll("h1").length} h1 elements`]),
    ...(doc.querySelector("title")?.text.trim() ? [] : ["no <title>"]),
    ...(metaContent(doc, "description")?.trim() ? [] : ["no meta description"]),
    ...(/^(en|fr)-CA$/.test(doc.querySelector("html")?.getAttribute("lang") ?? "")
      ? []
      : ["html lang is not en-CA or fr-CA"]),
  ]);
  assert.deepEqual(found, [], problems(found, "pages"));
});

test("the language of each page matches its address", () => {
  const found = eachPage(allPaths(), ({ path, doc }) => {
    const lang = doc.querySelector("html")?.getAttribute("lang");
    return lang === (path.startsWith("/fr/") ? "fr-CA" : "en-CA") ? [] : [`lang="${lang}"`];
  });
  assert.deepEqual(found, [], problems(found, "pages in the wrong language"));
});

test("every page carries a strict content security policy", () => {
  const required: Record<string, string[]> = {
    "default-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
  };
  const found = eachPage(allPaths(), ({ doc }) => {
    const meta = doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute("content");
    if (!meta) return ["no CSP <meta>"];
    const policy = parsePolicy(meta);
    return [
      ...Object.entries(required)
        .filter(([name, values]) => !values.every((v) => policy.get(name)?.includes(v)))
        .map(([name]) => `${name} is not ${required[name]?.join(" ")}`),
      ...[...policy.values()].flat().filter((v) => v === "'unsafe-inline'" || v === "'unsafe-eval'"),
    ];
  });
  assert.deepEqual(found, [], problems(found, "weak policies"));
});

test("no page loads anything from another site, and none uses a web font", () => {
  const found = eachPage(allPaths(), ({ doc }) =>
    doc
      .querySelectorAll("script[src], link[href], img[src], iframe, source[srcset], video, audio")
      .filter(
        (el) => el.tagName !== "LINK" || !["canonical", "alternate"].includes(el.getAttribute("rel") ?? ""),
      )
      .map(
        (el) => el.getAttribute("src") ?? el.getAttribute("href") ?? el.getAttribute("srcset") ?? el.tagName,
      )
      .filter((url) => /^(https?:)?\/\//.test(url) || /\.(woff2?|ttf|otf)$/.test(url)),
  );
  assert.deepEqual(found, [], problems(found, "resources from elsewhere"));
});

test("every page has absolute canonical and preview tags, and a 1200×630 preview image under 100 KB", () => {
  const png = (file: string) => {
    const bytes = readFileSync(file);
    return bytes.subarray(0, 8).toString("hex") === "89504e470d0a1a0a"
      ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
      : undefined;
  };
  const found = eachPage(sitemapPaths(), ({ path, doc }) => {
    const meta = (name: string) => metaContent(doc, name);
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? "";
    const image = meta("og:image") ?? "";
    const file = image ? join(distDir, new URL(image).pathname) : "";
    const size = file && existsSync(file) ? png(file) : undefined;
    return [
      ...(/^https:\/\/[^/]+\//.test(canonical) && new URL(canonical).pathname === path
        ? []
        : [`canonical ${canonical}`]),
      ...(meta("og:url") === canonical ? [] : ["og:url differs from the canonical address"]),
      ...[
        "og:title",
        "og:description",
        "og:type",
        "og:locale",
        "og:locale:alternate",
        "og:site_name",
        "og:image:alt",
      ]
        .filter((name) => !meta(name))
        .map((name) => `no ${name}`),
      ...(meta("twitter:card") === "summary_large_image" ? [] : ["twitter:card"]),
      ...(size?.width === 1200 && size.height === 630
        ? []
        : [`preview image ${image} is not a 1200×630 PNG`]),
      ...(file && existsSync(file) && statSync(file).size <= 100 * 1024
        ? []
        : [`preview image ${image} over 100 KB or missing`]),
    ];
  });
  assert.deepEqual(found, [], problems(found, "sharing tags"));
});

test("every page's structured data parses, with an article and breadcrumbs", () => {
  const found = eachPage(sitemapPaths(), ({ doc }) => {
    let data: Record<string, unknown>[];
    try {
      data = doc
        .querySelectorAll('script[type="application/ld+json"]')
        .map((s) => JSON.parse(s.text) as Record<string, unknown>);
    } catch (error) {
      return [`JSON-LD does not parse: ${(error as Error).message}`];
    }
    const article = data.find((d) => d["@type"] === "Article");
    const crumbs = data.find((d) => d["@type"] === "BreadcrumbList");
    return [
      ...["headline", "datePublished", "dateModified", "inLanguage", "publisher"]
        .filter((f) => !article?.[f])
        .map((f) => `Article has no ${f}`),
      ...((crumbs?.["itemListElement"] as unknown[] | undefined)?.length ? [] : ["no breadcrumbs"]),
    ];
  });
  assert.deepEqual(found, [], problems(found, "structured data"));
});

test("the opt-out pages describe their steps as a HowTo, in page order, each with its own address", () => {
  for (const [path, word] of [
    ["/opt-out/", "step"],
    ["/fr/refuser-le-partage/", "etape"],
  ] as const) {
    const { doc } = builtPage(path);
    const howTo = doc
      .querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.text) as Record<string, unknown>)
      .find((d) => d["@type"] === "HowTo");
    const steps = (howTo?.["step"] ?? []) as { url: string; text: string }[];
    const onPage = doc.querySelectorAll(".steps li[id]").map((li) => li.id);
    assert.deepEqual(
      steps.map((s) => new URL(s.url).hash.slice(1)),
      onPage,
      `${path}: HowTo steps in page order`,
    );
    assert.ok(steps.length >= 10, `${path}: at least 10 steps`);
    for (const step of steps) {
      assert.match(
        step.url,
        new RegExp(`^https://[^#]+${path}#(iphone|android)(-settings|-reglages)?-${word}-\\d+$`),
      );
      assert.ok(
        step.text.length > 10 && !/Copy link|Based on|Copier le lien|D’après| [.,;]/.test(step.text),
        `${path}: ${step.text}`,
      );
    }
  }
});

test("every page points feed readers to its language's updates feed", () => {
  const found = eachPage(allPaths(), ({ path, doc }) => {
    const href = doc
      .querySelector('link[rel="alternate"][type="application/atom+xml"]')
      ?.getAttribute("href");
    return href === (path.startsWith("/fr/") ? "/fr/mises-a-jour.xml" : "/updates.xml")
      ? []
      : [`feed link ${href}`];
  });
  assert.deepEqual(found, [], problems(found, "feed links"));
});

test("every page starts with a skip link to its main content", () => {
  const found = eachPage(allPaths(), ({ doc }) => {
    const first = doc.querySelector("body a");
    return first?.classList.contains("skip-link") &&
      first.getAttribute("href") === "#main" &&
      doc.querySelector("main#main")
      ? []
      : ["the first link is not the skip link to main#main"];
  });
  assert.deepEqual(found, [], problems(found, "skip links"));
});

test("each page's script is written into the page and carries the code for the controls it has, and no other", () => {
  // What a page has, and a string only that control's code contains.
  const controls = [
    { has: "a[data-copy-link]", code: "data-copy-link" },
    { has: "platform-tabs", code: "platform-tabs" },
    { has: "[data-checklist]", code: "data-checklist" },
    { has: "a[data-helper-link]", code: "data-helper-link" },
  ];
  const found = eachPage(allPaths(), ({ doc }) => {
    const external = doc.querySelectorAll("script[src]").map((s) => s.getAttribute("src"));
    const inline = doc.querySelectorAll('script[type="module"]');
    const code = inline.map((s) => s.text).join("\n");
    return [
      ...external.map((src) => `loads ${src}: the page's script belongs in the page`),
      ...(inline.length > 1 ? [`${inline.length} scripts, not one`] : []),
      ...(inline.length === 1 && !code.includes("/sw.js")
        ? ["its script does not keep it for offline reading"]
        : []),
      ...controls.flatMap(({ has, code: marker }) => {
        const present = doc.querySelector(has) !== null;
        if (present && !code.includes(marker)) return [`has ${has} but not its code`];
        if (!present && code.includes(marker)) return [`carries the code for ${has}, which it does not have`];
        return [];
      }),
    ];
  });
  assert.deepEqual(found, [], problems(found, "page scripts"));
  assert.equal(
    builtPage("/404.html").doc.querySelectorAll("script:not([type='application/ld+json'])").length,
    0,
    "the not-found page has no script",
  );
});

test("the whole guide gathers every article and both parts of the timeline, each with its sources at the end", () => {
  for (const [path, parts] of [
    [
      "/guide/",
      [
        "/",
        "/what-changed/",
        "/why/",
        "/opt-out/",
        "/timeline/",
        "/timeline-2018-2026/",
        "/faq/",
        "/checklist/",
        "/about/",
      ],
    ],
    [
      "/fr/guide/",
      [
        "/fr/",
        "/fr/ce-qui-a-change/",
        "/fr/pourquoi/",
        "/fr/refuser-le-partage/",
        "/fr/chronologie/",
        "/fr/chronologie-2018-2026/",
        "/fr/faq/",
        "/fr/aide-memoire/",
        "/fr/a-propos/",
      ],
    ],
  ] as const) {
    const { doc } = builtPage(path);
    const titles = doc.querySelectorAll("section.guide-part > h2").map((h) => h.text.trim());
    for (const part of parts) {
      const title = builtPage(part).doc.querySelector("h1")?.text.trim() ?? "";
      assert.ok(titles.includes(title), `${path} has the part "${title}"`);
      const cited = new Set(
        builtPage(part)
          .doc.querySelectorAll("article sup.cite a")
          .map((a) => (a.getAttribute("href") ?? "").split("#source-")[1]),
      );
      const anchor =
        doc.querySelectorAll("section.guide-part").find((s) => s.querySelector("h2")?.text.trim() === title)
          ?.id ?? "";
      const listed = new Set(
        doc
          .querySelectorAll(`li[id^="${anchor}--source-"]`)
          .map((li) => li.id.slice(`${anchor}--source-`.length)),
      );
      assert.deepEqual([...listed].sort(), [...cited].sort(), `${path}: the sources of "${title}"`);
    }
  }
});

test("every page links to the whole guide of its language from its footer", () => {
  const found = eachPage(sitemapPaths(), ({ path, doc }) => {
    const href = doc.querySelector("footer a.guide-link")?.getAttribute("href");
    return href === (path.startsWith("/fr/") ? "/fr/guide/" : "/guide/") ? [] : [`guide link ${href}`];
  });
  assert.deepEqual(found, [], problems(found, "guide links"));
});
