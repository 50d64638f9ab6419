import type { PageRecord, Site } from "./site.ts";

/** What a route hands to the components it renders, through Astro.locals. */
export interface PageContext {
  site: Site;
  page: PageRecord;
}

/**
 * The page a component is rendered on, as its route set it in Astro.locals. Components of the MDX
 * vocabulary read it instead of looking their page up.
 */
export function contextOf(locals: App.Locals, component: string): PageContext {
  const { site, page } = locals;
  if (!site || !page) {
    throw new Error(
      `<${component}> must be rendered inside a content page (its route sets Astro.locals.page).`,
    );
  }
  return { site, page };
}
