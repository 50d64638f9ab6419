// Reading offline: what the service worker keeps and how it answers, as plain functions over the
// Cache API, so the unit tests can run them against a stand-in. src/pages/sw.js.ts writes the worker
// from them with this build's version; each build gets a cache of its own, and a new worker deletes
// the caches of earlier builds when it takes over, so readers get the new pages on their next visit.

/** What the worker knows of the site, fixed when the site is built. */
export interface OfflinePlan {
  /** This build's version: the name of its cache. */
  version: string;
  /** Per language: the pages kept as soon as a reader of that language visits. */
  kept: Record<string, string[]>;
  /** Per language prefix ("/fr/", "/"): the page shown for an address that was not kept. */
  offline: Record<string, string>;
}

/** The cache of a build. */
export const cacheName = (version: string) => `pages-${version}`;

/** The offline page for an address: the one of the longest matching language prefix. */
export function offlinePageFor(plan: OfflinePlan, pathname: string): string {
  const prefix = Object.keys(plan.offline)
    .filter((p) => pathname.startsWith(p))
    .sort((a, b) => b.length - a.length)[0];
  return plan.offline[prefix ?? "/"] ?? Object.values(plan.offline)[0] ?? "/";
}

/** On install: keep both offline pages, so a reader is never left with the browser's error page. */
export async function install(plan: OfflinePlan, caches: CacheStorage): Promise<void> {
  const cache = await caches.open(cacheName(plan.version));
  await cache.addAll(Object.values(plan.offline));
}

/** On activation: delete the caches of earlier builds. */
export async function activate(plan: OfflinePlan, caches: CacheStorage): Promise<string[]> {
  const old = (await caches.keys()).filter(
    (name) => name.startsWith("pages-") && name !== cacheName(plan.version),
  );
  await Promise.all(old.map((name) => caches.delete(name)));
  return old;
}

/**
 * When a page asks: keep that language's main pages and the page itself (the first page a reader
 * opens loads before the worker answers for it), fetching only those not kept yet.
 */
export async function keep(
  plan: OfflinePlan,
  caches: CacheStorage,
  { lang, page }: { lang: string; page?: string | undefined },
  fetcher: typeof fetch,
): Promise<void> {
  const cache = await caches.open(cacheName(plan.version));
  for (const path of [...(plan.kept[lang] ?? []), ...(page ? [page] : [])]) {
    if (await cache.match(path)) continue;
    const response = await fetcher(path);
    if (response.ok) await cache.put(path, response);
  }
}

/**
 * A page: from the network first, kept for next time; offline, the kept copy, or the offline page
 * of its language. Built files under /_astro/ never change, so the cache answers them first.
 */
export async function respond(
  plan: OfflinePlan,
  caches: CacheStorage,
  request: Request,
  fetcher: typeof fetch,
): Promise<Response> {
  const cache = await caches.open(cacheName(plan.version));
  const url = new URL(request.url);
  if (url.pathname.startsWith("/_astro/")) {
    const kept = await cache.match(request);
    if (kept) return kept;
    const response = await fetcher(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  }
  try {
    const response = await fetcher(request);
    if (response.ok && request.mode === "navigate") await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const kept = await cache.match(request, { ignoreSearch: true });
    if (kept) return kept;
    if (request.mode !== "navigate") throw error;
    return (await cache.match(offlinePageFor(plan, url.pathname))) ?? Response.error();
  }
}
