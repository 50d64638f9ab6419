// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import tailwindcss from "@tailwindcss/vite";

// The site's public address lives here and only here; SITE_URL overrides it at build time.
const site = process.env.SITE_URL ?? "https://whatsapp-2016.example.org";

export default defineConfig({
  site,
  trailingSlash: "always",
  build: { format: "directory" },
  i18n: {
    locales: ["en", "fr"],
    defaultLocale: "en",
    routing: { prefixDefaultLocale: false },
  },
  integrations: [mdx(), sitemap()],
  markdown: { syntaxHighlight: false },
  vite: { plugins: [tailwindcss()] },
});
