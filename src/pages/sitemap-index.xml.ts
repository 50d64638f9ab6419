import type { APIRoute } from "astro";
import { sitemapIndexXml } from "../lib/sitemap.ts";

export const GET: APIRoute = ({ site: origin }) => {
  if (!origin) throw new Error("`site` must be set in astro.config.mjs to build the sitemap.");
  return new Response(sitemapIndexXml(["/sitemap-0.xml"], origin), {
    headers: { "Content-Type": "application/xml; charset=utf-8" },
  });
};
