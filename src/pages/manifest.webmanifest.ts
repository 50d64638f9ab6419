import type { APIRoute } from "astro";
import { t } from "../lib/i18n";

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: t("en", "site.name"),
      short_name: "WhatsApp 2016",
      description: t("en", "site.tagline"),
      lang: "en",
      start_url: "/",
      display: "browser",
      background_color: "#ffffff",
      theme_color: "#0a58ca",
      icons: [
        { src: "/favicon.svg", sizes: "any", type: "image/svg+xml" },
        { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
        { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      ],
    }),
    { headers: { "Content-Type": "application/manifest+json" } },
  );
