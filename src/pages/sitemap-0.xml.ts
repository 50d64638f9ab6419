import type { APIRoute } from "astro";
import { getSite } from "../lib/site-data.ts";
import { sitemapXml } from "../lib/sitemap.ts";

// Every page and every step of the helper, with its language versions, from the site model.
export const GET: APIRoute = async ({ site: origin }) => {
  if (!origin) throw new Error("`site` must be set in astro.config.mjs to build the sitemap.");
  return new Response(sitemapXml((await getSite()).addresses(), origin), {
    headers: { "Content-Type": "application/xml; charset=utf-8" },
  });
};
