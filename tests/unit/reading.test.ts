import assert from "node:assert/strict";
import { test } from "node:test";
import { fleschKincaidGrade, kandelMoles } from "../../src/lib/readability.ts";
import { readingLevel } from "../../src/lib/reading-level.ts";
import { reportHref } from "../../src/lib/report.ts";

test("plain short sentences score a low grade and long dense ones a high grade", () => {
  assert.ok(fleschKincaidGrade("Open the app. Tap Settings. Tap Account. Turn the switch off.") < 4);
  const dense =
    "Notwithstanding the aforementioned considerations, the organisation's comprehensive documentation " +
    "necessitates interpretation regarding authorisation, notification and administrative responsibilities.";
  assert.ok(fleschKincaidGrade(dense) > 16);
});

test("Kandel-Moles scores short plain French higher than long learned French", () => {
  assert.ok(kandelMoles("Ouvrez WhatsApp. Touchez le bouton. Lisez le texte. Fermez la page.") > 80);
  const learned =
    "L’administration réglementaire européenne considérait que l’interconnexion systématique des identifiants téléphoniques constituait manifestement une violation caractérisée des engagements contractuels antérieurement souscrits.";
  assert.ok(kandelMoles(learned) < 30);
});

test("the footer states the grade in English and the ease in French", () => {
  assert.match(
    readingLevel("Open the app. Tap Settings.", "en").value,
    /^grade -?\d+\.\d on the Flesch-Kincaid scale$/,
  );
  assert.match(
    readingLevel("Ouvrez WhatsApp. Touchez le bouton.", "fr").value,
    /^\d+ sur 100 selon l’indice de Kandel et Moles$/,
  );
});

test("a report names the page, the item and the revision in its subject, and sends nothing else", () => {
  const href = reportHref({
    lang: "fr",
    pageUrl: "https://example.org/fr/faq/",
    item: "q1",
    revision: "0123456789ab",
  });
  const url = new URL(href);
  assert.equal(url.protocol, "mailto:");
  assert.deepEqual([...url.searchParams.keys()], ["subject"]);
  assert.equal(
    url.searchParams.get("subject"),
    "Est-ce toujours exact\u00a0: /fr/faq/#q1 (révision 0123456789ab)",
  );
});
