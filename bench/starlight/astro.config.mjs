// The benchmark's peer: a stock Starlight site. scripts/bench/peer.mjs writes the pages into
// src/content/docs/ and the site's title and languages into src/peer.json before each build.
import { defineConfig, passthroughImageService } from "astro/config";
import starlight from "@astrojs/starlight";
import { readFileSync } from "node:fs";

const peer = JSON.parse(readFileSync(new URL("./src/peer.json", import.meta.url), "utf8"));

export default defineConfig({
  trailingSlash: "always",
  // The pages hold no images for Astro to process: skip sharp, whose install script npm blocks.
  image: { service: passthroughImageService() },
  integrations: [
    starlight({
      title: peer.title,
      // Starlight's defaults otherwise (search, "On this page", colour scheme picker): a stock peer.
      ...(peer.locales ? { defaultLocale: "root", locales: peer.locales } : {}),
    }),
  ],
});
