/** Says a message through the page's polite live region (#announcer). */
export function announce(message: string): void {
  const region = document.getElementById("announcer");
  if (!region) return;
  region.textContent = "";
  // A fresh text node after clearing makes screen readers repeat the same message.
  window.setTimeout(() => (region.textContent = message), 50);
}
