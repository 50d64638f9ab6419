// Copy-link controls are plain anchor links. With JavaScript, a click also puts the full address
// (with its #fragment) on the clipboard and a polite live region says so.
import { announce } from "./announce";

document.addEventListener("click", (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>("a[data-copy-link]");
  if (!link || !navigator.clipboard) return;
  event.preventDefault();
  const url = link.href;
  history.replaceState(null, "", url);
  navigator.clipboard.writeText(url).then(
    () => announce(document.documentElement.dataset.copiedMessage ?? "Link copied"),
    () => {
      window.location.hash = new URL(url).hash;
    },
  );
});
