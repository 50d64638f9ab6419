// Reading offline: once the page has loaded, register the service worker (src/scripts/sw.ts) and ask
// it to keep this language's main pages and this one. Nothing here is needed to read the page.
function register(): void {
  if (!("serviceWorker" in navigator)) return;
  const lang = document.documentElement.lang.slice(0, 2);
  navigator.serviceWorker
    .register("/sw.js")
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => registration.active?.postMessage({ keep: lang, page: location.pathname }))
    .catch(() => {
      // Without the worker the site works as before; it just cannot be read offline.
    });
}

if (document.readyState === "complete") register();
else window.addEventListener("load", register, { once: true });
