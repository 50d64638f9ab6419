import { isoDate, locales, t } from "./i18n.ts";
import type { Step } from "./markup/steps.ts";
import type { PageRecord } from "./site.ts";

/** A view of a page at an address of its own, such as one step of the "What applies to me?" helper. */
export interface PageView {
  title: string;
  description: string;
  /** The view's own address, such as /helper/used/. */
  path: string;
}

/** Schema.org data for a content page: the article itself and where it sits in the site. */
export function pageJsonLd({
  page,
  home,
  origin,
  image,
  view,
}: {
  page: PageRecord;
  home: PageRecord | undefined;
  origin: URL;
  image: string;
  view?: PageView | undefined;
}): object[] {
  const { lang, reviewed, published, key } = page;
  const url = new URL(view?.path ?? page.path, origin).href;
  const publisher = { "@type": "Organization", name: t(lang, "site.name"), url: new URL("/", origin).href };
  const article = {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: view?.title ?? page.title,
    description: view?.description ?? page.description,
    inLanguage: locales[lang].tag,
    datePublished: isoDate(published),
    dateModified: isoDate(reviewed),
    mainEntityOfPage: url,
    image: new URL(image, origin).href,
    author: publisher,
    publisher,
  };
  const crumbs = [home, key === "home" ? undefined : page].filter((p): p is PageRecord => Boolean(p));
  const breadcrumbs = {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: [
      ...crumbs.map((p) => ({ name: p.navLabel, item: new URL(p.path, origin).href })),
      ...(view ? [{ name: view.title, item: url }] : []),
    ].map((crumb, i) => ({ "@type": "ListItem", position: i + 1, ...crumb })),
  };
  return [article, breadcrumbs];
}

/** A schema.org HowTo from the steps a page's <Steps> lists numbered, each with its own address. */
export function howToJsonLd(steps: Step[], name: string, pageUrl: string): object | undefined {
  if (steps.length === 0) return undefined;
  return {
    "@context": "https://schema.org",
    "@type": "HowTo",
    name,
    step: steps.map((s) => ({ "@type": "HowToStep", url: `${pageUrl}#${s.id}`, text: s.text })),
  };
}
