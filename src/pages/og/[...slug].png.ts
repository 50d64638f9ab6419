import type { APIRoute, GetStaticPaths } from "astro";
import { renderCard } from "../../lib/og-image.ts";
import { t } from "../../lib/i18n.ts";
import { getSite } from "../../lib/site-data.ts";
import type { PageRecord } from "../../lib/site.ts";

// One preview image per page and language, made at build time with no network.
export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.pages.map((page) => ({
    params: { slug: site.card(page).slice("/og/".length, -".png".length) },
    props: { page },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: PageRecord }> = async ({ props }) => {
  const { lang, title } = props.page;
  const png = await renderCard({
    title,
    siteName: t(lang, "site.name"),
    tagline: t(lang, "og.tagline"),
    language: t(lang, "og.language"),
  });
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
