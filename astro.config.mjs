// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import tailwindcss from "@tailwindcss/vite";
import { cspDirectives } from "./src/lib/build/csp.mjs";
import { cssPropertyFallback } from "./src/lib/build/css-property-fallback.mjs";
import { notFoundPages } from "./src/lib/build/not-found-pages.mjs";
import { securityHeaders } from "./src/lib/build/security-headers.mjs";

// The site's public address lives here and only here; SITE_URL overrides it at build time.
const site = process.env.SITE_URL || "https://whatsapp-2016.example.org";

export default defineConfig({
  site,
  trailingSlash: "always",
  // The stylesheet is written into each page, so the text can be drawn from the first round trip
  // alone; the CSP allows it by hash.
  build: { format: "directory", inlineStylesheets: "always" },
  integrations: [mdx(), notFoundPages(["fr"]), securityHeaders()],
  // A strict policy on every page: Astro adds the hashes of the scripts and styles it emits.
  security: { csp: { directives: [...cspDirectives] } },
  markdown: { syntaxHighlight: false },
  vite: {
    plugins: [tailwindcss()],
    // Tailwind's @property rules and their @supports fallback test are unknown to the W3C CSS validator.
    css: { postcss: { plugins: [cssPropertyFallback()] } },
    build: { assetsInlineLimit: 0 },
  },
});
