// Platform tabs. Without JavaScript (and in print) every panel shows with its heading. With it, each
// <platform-tabs> becomes a WAI-ARIA tab set: arrow keys, Home and End move between tabs; a choice
// applies to every tab set on the page and is remembered in this browser only; an address such as
// #android or #iphone-step-3 opens the right panel and scrolls to the target.
const storageKey = "platform";

function remembered(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

function remember(platform: string): void {
  try {
    localStorage.setItem(storageKey, platform);
  } catch {
    // Storage may be blocked; the choice then lasts for this page only.
  }
}

class PlatformTabs extends HTMLElement {
  tabs: HTMLButtonElement[] = [];

  connectedCallback(): void {
    const panels = [...this.querySelectorAll<HTMLElement>(":scope > .platform-panel")];
    if (panels.length < 2) return;
    const list = document.createElement("div");
    list.setAttribute("role", "tablist");
    list.setAttribute("aria-label", this.dataset.tabsLabel ?? "");
    list.className = "tab-list no-print";
    list.dataset.enhancement = "";
    this.tabs = panels.map((panel) => {
      const tab = document.createElement("button");
      tab.type = "button";
      tab.id = `${panel.id}-tab`;
      tab.setAttribute("role", "tab");
      tab.setAttribute("aria-controls", panel.id);
      tab.dataset.platform = panel.dataset.platform ?? "";
      tab.textContent = panel.dataset.label ?? "";
      panel.setAttribute("role", "tabpanel");
      panel.setAttribute("aria-labelledby", tab.id);
      panel.tabIndex = 0;
      tab.addEventListener("click", () => selectEverywhere(tab.dataset.platform ?? "", true));
      list.append(tab);
      return tab;
    });
    list.addEventListener("keydown", (event) => this.onKey(event));
    this.prepend(list);
    this.classList.add("is-enhanced");
    this.select(this.tabs[0]?.dataset.platform ?? "");
  }

  panelFor(tab: HTMLElement): HTMLElement | null {
    const id = tab.getAttribute("aria-controls");
    return id ? document.getElementById(id) : null;
  }

  has(platform: string): boolean {
    return this.tabs.some((t) => t.dataset.platform === platform);
  }

  select(platform: string): void {
    if (!this.has(platform)) return;
    for (const tab of this.tabs) {
      const on = tab.dataset.platform === platform;
      tab.setAttribute("aria-selected", String(on));
      tab.tabIndex = on ? 0 : -1;
      const panel = this.panelFor(tab);
      // A class, not `hidden`: print styles show every panel whatever was chosen on screen.
      panel?.classList.toggle("is-inactive", !on);
    }
  }

  onKey(event: KeyboardEvent): void {
    const current = this.tabs.findIndex((t) => t === document.activeElement);
    if (current < 0) return;
    const last = this.tabs.length - 1;
    const next = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const tab = this.tabs[(next + this.tabs.length) % this.tabs.length];
    if (!tab) return;
    selectEverywhere(tab.dataset.platform ?? "", true);
    tab.focus();
  }
}

function allTabSets(): PlatformTabs[] {
  return [...document.querySelectorAll<PlatformTabs>("platform-tabs")];
}

function selectEverywhere(platform: string, save: boolean): void {
  for (const set of allTabSets()) set.select(platform);
  if (save) remember(platform);
}

/** Opens the panel that holds the address's #target, then scrolls to the target. */
function openFromHash(): boolean {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  const panel = target?.closest<HTMLElement>(".platform-panel");
  if (!target || !panel?.dataset.platform) return false;
  selectEverywhere(panel.dataset.platform, false);
  target.scrollIntoView();
  return true;
}

customElements.define("platform-tabs", PlatformTabs);
if (!openFromHash()) {
  const saved = remembered();
  if (saved) selectEverywhere(saved, false);
}
window.addEventListener("hashchange", openFromHash);
