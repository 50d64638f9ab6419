import { isoDate, t } from "./i18n";
import { pathOf, type Page } from "./routes";

/** Schema.org data for a content page: the article itself and where it sits in the site. */
export function pageJsonLd(
  page: Page,
  home: Page | undefined,
  site: URL,
  image: string,
  view?: PageView,
): object[] {
  const { lang, reviewed, published, key } = page.data;
  const title = view?.title ?? page.data.title;
  const description = view?.description ?? page.data.description;
  const url = new URL(view?.path ?? pathOf(page), site).href;
  const publisher = { "@type": "Organization", name: t(lang, "site.name"), url: new URL("/", site).href };
  const article = {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: title,
    description,
    inLanguage: lang === "fr" ? "fr-CA" : "en-CA",
    datePublished: isoDate(published ?? reviewed),
    dateModified: isoDate(reviewed),
    mainEntityOfPage: url,
    image: new URL(image, site).href,
    author: publisher,
    publisher,
  };
  const crumbs = [home, key === "home" ? undefined : page].filter((p): p is Page => Boolean(p));
  const breadcrumbs = {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: [
      ...crumbs.map((p) => ({ name: p.data.navLabel ?? p.data.title, item: new URL(pathOf(p), site).href })),
      ...(view ? [{ name: view.title, item: url }] : []),
    ].map((crumb, i) => ({ "@type": "ListItem", position: i + 1, ...crumb })),
  };
  return [article, breadcrumbs];
}

/** A view of a page at an address of its own, such as one step of the "What applies to me?" helper. */
export interface PageView {
  title: string;
  description: string;
  /** The view's own address, such as /helper/used/. */
  path: string;
}

/**
 * A schema.org HowTo from the steps in a rendered page (the `<Steps>` lists): each step's text,
 * without its "based on" note and copy-link control, and its own address.
 */
export function howToJsonLd(html: string, name: string, pageUrl: string): object | undefined {
  const lists = [...html.matchAll(/<div class="steps">([\s\S]*?)<\/div>/g)].map((m) => m[1] ?? "").join("");
  const steps = [...lists.matchAll(/<li id="([a-z0-9-]+-(?:step|etape)-\d+)">([\s\S]*?)<\/li>/g)].map(
    ([, id, inner]) => ({
      "@type": "HowToStep",
      url: `${pageUrl}#${id}`,
      text: (inner ?? "")
        .replace(/<span class="based-on[\s\S]*?<\/span>\s*(?=<a|$)/, "")
        .replace(/<a [^>]*class="copy-link"[\s\S]*?<\/a>/g, "")
        .replace(/<sup class="cite">[\s\S]*?<\/sup>/g, "")
        .replace(/<[^>]+>/g, " ")
        .replace(/\s+/g, " ")
        .trim(),
    }),
  );
  if (steps.length === 0) return undefined;
  return { "@context": "https://schema.org", "@type": "HowTo", name, step: steps };
}
