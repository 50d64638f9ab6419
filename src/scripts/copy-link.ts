// Copy-link controls are plain anchor links. With JavaScript, a click also puts the full address
// (with its #fragment) on the clipboard and a polite live region says so.
function announce(message: string): void {
  const region = document.getElementById("announcer");
  if (!region) return;
  region.textContent = "";
  // A fresh text node after clearing makes screen readers repeat the same message.
  window.setTimeout(() => (region.textContent = message), 50);
}

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
