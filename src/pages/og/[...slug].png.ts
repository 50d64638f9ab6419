import type { APIRoute, GetStaticPaths } from "astro";
import { getCollection } from "astro:content";
import { renderCard } from "../../lib/og-image";
import { t } from "../../lib/i18n";
import type { Page } from "../../lib/routes";

// One preview image per page and language, made at build time with no network.
export const getStaticPaths = (async () => {
  const pages = await getCollection("pages");
  return pages.map((page) => ({ params: { slug: page.id }, props: { page } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: Page }> = async ({ props }) => {
  const { lang, title } = props.page.data;
  const png = await renderCard({
    title,
    siteName: t(lang, "site.name"),
    tagline: t(lang, "og.tagline"),
    language: t(lang, "og.language"),
  });
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
