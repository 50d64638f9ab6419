// Checklist: with JavaScript, ticks are remembered in this browser only (localStorage), and a
// Print button appears. Without it, the boxes still tick and the browser's own print works.
const key = (list: string) => `checklist:${list}`;

function load(list: string): string[] {
  try {
    return JSON.parse(localStorage.getItem(key(list)) ?? "[]") as string[];
  } catch {
    return [];
  }
}

for (const root of document.querySelectorAll<HTMLElement>("[data-checklist]")) {
  const list = root.dataset.checklist ?? "";
  const boxes = [...root.querySelectorAll<HTMLInputElement>("input[data-checklist-box]")];
  const ticked = new Set(load(list));
  for (const box of boxes) {
    box.checked = ticked.has(box.id);
    box.addEventListener("change", () => {
      const now = boxes.filter((b) => b.checked).map((b) => b.id);
      try {
        localStorage.setItem(key(list), JSON.stringify(now));
      } catch {
        // Storage may be blocked; the ticks then last for this visit only.
      }
    });
  }
  const print = root.querySelector<HTMLButtonElement>("[data-print]");
  if (print) {
    print.hidden = false;
    print.addEventListener("click", () => window.print());
  }
}
