import assert from "node:assert/strict";
import { test } from "node:test";
import {
  activate,
  cacheName,
  install,
  keep,
  offlinePageFor,
  respond,
  type OfflinePlan,
} from "../../src/lib/offline.ts";

/** A stand-in for the browser's CacheStorage, keyed by path. */
function fakeCaches() {
  const stores = new Map<string, Map<string, Response>>();
  const pathOf = (r: RequestInfo | URL) =>
    new URL(typeof r === "string" ? r : r instanceof URL ? r.href : r.url, "https://site.test").pathname;
  const open = async (name: string) => {
    const store = stores.get(name) ?? new Map<string, Response>();
    stores.set(name, store);
    return {
      match: async (r: RequestInfo | URL) => store.get(pathOf(r))?.clone(),
      put: async (r: RequestInfo | URL, response: Response) => void store.set(pathOf(r), response),
      addAll: async (paths: string[]) => paths.forEach((p) => store.set(p, new Response(`kept ${p}`))),
    } as unknown as Cache;
  };
  const caches = {
    open,
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
  } as unknown as CacheStorage;
  return { caches, stores };
}

const plan = (version: string): OfflinePlan => ({
  version,
  kept: { en: ["/", "/opt-out/"], fr: ["/fr/"] },
  offline: { "/": "/offline/", "/fr/": "/fr/hors-ligne/" },
});
const page = (path: string) => new Request(`https://site.test${path}`, { mode: "same-origin" });
const navigation = (path: string) => Object.assign(page(path), {}) as Request;
const online = (body: string) => (async () => new Response(body)) as unknown as typeof fetch;
const offline = (async () => {
  throw new TypeError("offline");
}) as unknown as typeof fetch;

test("an address is answered offline by the offline page of its language", () => {
  assert.equal(offlinePageFor(plan("a"), "/fr/pourquoi/"), "/fr/hors-ligne/");
  assert.equal(offlinePageFor(plan("a"), "/why/"), "/offline/");
});

test("a visit keeps its language's main pages once; offline, kept pages open and others show the offline page", async () => {
  const { caches, stores } = fakeCaches();
  await install(plan("a"), caches);
  let fetched = 0;
  const counting = (async (input: RequestInfo | URL) => {
    fetched += 1;
    return new Response(`fresh ${String(input)}`);
  }) as unknown as typeof fetch;
  await keep(plan("a"), caches, { lang: "en", page: "/faq/" }, counting);
  await keep(plan("a"), caches, { lang: "en", page: "/faq/" }, counting);
  assert.equal(fetched, 3, "each kept page is fetched once");
  assert.deepEqual([...(stores.get(cacheName("a"))?.keys() ?? [])].sort(), [
    "/",
    "/faq/",
    "/fr/hors-ligne/",
    "/offline/",
    "/opt-out/",
  ]);
  assert.equal(
    await (await respond(plan("a"), caches, navigation("/opt-out/"), offline)).text(),
    "fresh /opt-out/",
  );
  const missing = await respond(
    plan("a"),
    caches,
    Object.defineProperty(page("/why/"), "mode", { value: "navigate" }),
    offline,
  );
  assert.equal(await missing.text(), "kept /offline/");
});

test("a new build's worker deletes the pages kept by earlier builds, so the next visit gets the new pages", async () => {
  const { caches, stores } = fakeCaches();
  await install(plan("old"), caches);
  await keep(plan("old"), caches, { lang: "en" }, online("old text"));
  await install(plan("new"), caches);
  assert.deepEqual(await activate(plan("new"), caches), [cacheName("old")]);
  assert.deepEqual([...stores.keys()], [cacheName("new")]);
  const visit = Object.defineProperty(page("/opt-out/"), "mode", { value: "navigate" });
  assert.equal(await (await respond(plan("new"), caches, visit, online("new text"))).text(), "new text");
  assert.equal(
    await (await respond(plan("new"), caches, visit, offline)).text(),
    "new text",
    "the new page is what stays",
  );
});
