// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import tailwindcss from "@tailwindcss/vite";
import { alternatesByPath } from "./src/lib/sitemap-alternates.mjs";
import { cspHeaders } from "./src/lib/csp-headers.mjs";
import { deferScripts } from "./src/lib/defer-scripts.mjs";
import { cssPropertyFallback } from "./src/lib/build/css-property-fallback.mjs";

// The site's public address lives here and only here; SITE_URL overrides it at build time.
const site = process.env.SITE_URL || "https://whatsapp-2016.example.org";

const alternates = alternatesByPath(site);

export default defineConfig({
  site,
  trailingSlash: "always",
  // The stylesheet is written into each page, so the text can be drawn from the first round trip
  // alone; the CSP allows it by hash (here and in the _headers file written after the build).
  build: { format: "directory", inlineStylesheets: "always" },
  i18n: {
    locales: ["en", "fr"],
    defaultLocale: "en",
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    mdx(),
    sitemap({
      // Each page lists its other language version, paired by the `key` the two share.
      serialize(item) {
        const links = alternates.get(item.url);
        return links ? { ...item, links } : item;
      },
    }),
    // In this order: the deferred script's hash must be in the pages before _headers collects them.
    deferScripts(),
    cspHeaders(),
  ],
  // A strict policy on every page: Astro hashes the scripts and styles it emits.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  markdown: { syntaxHighlight: false },
  vite: {
    plugins: [tailwindcss()],
    // Tailwind's @property rules and their @supports fallback test are unknown to the W3C CSS validator.
    css: { postcss: { plugins: [cssPropertyFallback()] } },
    build: { assetsInlineLimit: 0 },
  },
});
