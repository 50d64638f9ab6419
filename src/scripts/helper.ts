// "What applies to me?" works by following links: each answer is a link to the next question's or
// the result's own address. With JavaScript, the next page's content replaces the current one in
// place: the address changes (so a result can be shared or bookmarked), focus moves to the new
// heading and the live region reads it. The answers live only in the address.
import { announce } from "./announce";

async function show(url: string, push: boolean): Promise<void> {
  const main = document.querySelector("main");
  const response = await fetch(url).catch(() => undefined);
  const next = response?.ok
    ? new DOMParser().parseFromString(await response.text(), "text/html").querySelector("main")
    : null;
  if (!main || !next) {
    window.location.href = url;
    return;
  }
  main.replaceChildren(...Array.from(next.childNodes, (node) => document.adoptNode(node)));
  document.title = next.ownerDocument.title;
  const language = document.querySelector<HTMLAnchorElement>("a.language-link");
  const nextLanguage = next.ownerDocument.querySelector<HTMLAnchorElement>("a.language-link");
  if (language && nextLanguage) language.href = nextLanguage.href;
  if (push) history.pushState({ helper: true }, "", url);
  const heading = main.querySelector<HTMLElement>("h1");
  if (heading) {
    heading.tabIndex = -1;
    heading.focus();
    announce(heading.textContent?.trim() ?? "");
  }
}

document.addEventListener("click", (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>("a[data-helper-link]");
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  if (!history.state?.helper) history.replaceState({ helper: true }, "");
  void show(link.href, true);
});

window.addEventListener("popstate", (event) => {
  if ((event.state as { helper?: boolean } | null)?.helper) void show(window.location.href, false);
});
