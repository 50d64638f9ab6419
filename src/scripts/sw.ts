// The service worker, bundled by src/pages/sw.js.ts with this build's plan (what to keep, where
// the offline pages are). Same-origin GET requests only; everything else goes to the network as usual.
import { activate, install, keep, respond, type OfflinePlan } from "../lib/offline.ts";

declare const __PLAN__: OfflinePlan;

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface MessageEvent extends ExtendableEvent {
  data: unknown;
}
interface Worker {
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void;
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  location: Location;
}

const plan = __PLAN__;
const worker = self as unknown as Worker;

worker.addEventListener("install", (event) =>
  event.waitUntil(install(plan, caches).then(() => worker.skipWaiting())),
);
worker.addEventListener("activate", (event) =>
  event.waitUntil(activate(plan, caches).then(() => worker.clients.claim())),
);
worker.addEventListener("message", (event) => {
  const { keep: lang, page } = (event.data ?? {}) as { keep?: unknown; page?: unknown };
  if (typeof lang === "string") {
    const own = typeof page === "string" && page.startsWith("/") ? page : undefined;
    event.waitUntil(keep(plan, caches, { lang, page: own }, fetch));
  }
});
worker.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== worker.location.origin) return;
  event.respondWith(respond(plan, caches, event.request, fetch));
});
