import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import {
  fleschKincaidGrade,
  frenchSyllableCount,
  kandelMoles,
  syllableCount,
} from "../../src/lib/readability";
import { numberSteps } from "../../src/lib/steps";
import { formatSourceDate } from "../../src/lib/source-dates";
import { addHeadingLinks, asciiId } from "../../src/lib/heading-links";
import { frenchEvents } from "../../src/lib/timeline";
import { narrowPolicy } from "../../src/lib/csp-headers.mjs";
import { deferScriptsIn, loaderFor } from "../../src/lib/defer-scripts.mjs";

test("syllables are counted by vowel groups", () => {
  expect(syllableCount("cat")).toBe(1);
  expect(syllableCount("phone")).toBe(1);
  expect(syllableCount("settings")).toBe(2);
  expect(syllableCount("information")).toBe(4);
});

test("plain short sentences score a low grade and long dense ones a high grade", () => {
  expect(fleschKincaidGrade("Open the app. Tap Settings. Tap Account. Turn the switch off.")).toBeLessThan(4);
  const dense =
    "Notwithstanding the aforementioned considerations, the organisation's comprehensive documentation " +
    "necessitates interpretation regarding authorisation, notification and administrative responsibilities.";
  expect(fleschKincaidGrade(dense)).toBeGreaterThan(16);
});

test("steps get numbered ids and a control at their end, nested lists untouched", () => {
  const html = "<ol><li>One</li><li>Two<ul><li>Inner</li></ul></li></ol>";
  const out = numberSteps(html, "iphone", (id) => `[${id}]`);
  expect(out).toBe(
    '<ol><li id="iphone-step-1">One[iphone-step-1]</li><li id="iphone-step-2">Two<ul><li>Inner</li></ul>[iphone-step-2]</li></ol>',
  );
});

test("a step without text is refused, naming the step", () => {
  expect(() => numberSteps("<ol><li>One</li><li> </li></ol>", "android", () => "")).toThrow(
    'step 2 of "android" has no text',
  );
});

test("source dates are written as precisely as they are known, per language", () => {
  expect(formatSourceDate("2016-08-25", "en")).toBe("25 August 2016");
  expect(formatSourceDate("2016-08", "en")).toBe("August 2016");
  expect(formatSourceDate("2016", "en")).toBe("2016");
  expect(formatSourceDate("2016-08-25", "fr")).toBe("25 août 2016");
});

test("section headings get a copy-link beside them, once, and headings with their own control are left alone", () => {
  const html =
    '<h2 id="a">A</h2><p>x</p><h2 id="q" class="faq-heading">Q</h2><a href="#q" class="copy-link">c</a><h3 id="b">B <em>b</em></h3>';
  const out = addHeadingLinks(html, "en");
  expect(out.match(/class="heading-wrapper"/g)).toHaveLength(2);
  expect(out).toContain('<div class="heading-wrapper"><h2 id="a">A</h2><a href="#a" class="copy-link"');
  expect(out).toContain('aria-label="Copy link: B b"');
  expect(out).toContain('<h2 id="q" class="faq-heading">Q</h2><a href="#q" class="copy-link">c</a>');
});

test("French syllables are counted by vowel groups, without the mute final e", () => {
  expect(frenchSyllableCount("page")).toBe(1);
  expect(frenchSyllableCount("pages")).toBe(1);
  expect(frenchSyllableCount("téléphone")).toBe(3);
  expect(frenchSyllableCount("oiseau")).toBe(2);
  expect(frenchSyllableCount("application")).toBe(4);
});

test("Kandel-Moles scores short plain French higher than long learned French", () => {
  const plain = "Ouvrez WhatsApp. Touchez le bouton. Lisez le texte. Fermez la page.";
  const learned =
    "L’administration réglementaire européenne considérait que l’interconnexion systématique des identifiants téléphoniques constituait manifestement une violation caractérisée des engagements contractuels antérieurement souscrits.";
  expect(kandelMoles(plain)).toBeGreaterThan(80);
  expect(kandelMoles(learned)).toBeLessThan(30);
});

test("heading ids become plain ASCII that people can type", () => {
  expect(asciiId("confidentialité")).toBe("confidentialite");
  expect(asciiId("ce-que-vous-pouvez-faire-aujourd’hui")).toBe("ce-que-vous-pouvez-faire-aujourdhui");
  expect(asciiId("why-«-spam-»")).toBe("why-spam");
  expect(addHeadingLinks('<h2 id="sécurité">Sécurité</h2>', "fr")).toContain('<h2 id="securite">');
});

test("the French timeline must give text for every event, and no more", () => {
  const events = [{ id: "a" }, { id: "b" }];
  const words = (id: string) => ({ id, data: { title: id, text: id } });
  expect(frenchEvents(events, [words("a"), words("b")]).get("b")?.title).toBe("b");
  expect(() => frenchEvents(events, [words("a")])).toThrow(
    'content/timeline.fr.yaml: no French text for "b". Expected one entry',
  );
  expect(() => frenchEvents(events, [words("a"), words("b"), words("c")])).toThrow(
    'no event in content/timeline.yaml for "c"',
  );
});

const policyPage = (policy: string, body: string) =>
  `<head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body>`;
const sha = (code: string) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`;

test("a page's policy keeps only the hashes of its own inline scripts and styles", () => {
  const code = "console.log(1)";
  const page = policyPage(
    `default-src 'self'; script-src 'self' ${sha(code)} ${sha("unused")}; style-src 'self' ${sha("x{}")}`,
    `<script type="module">${code}</script><script type="application/ld+json">{}</script>`,
  );
  const narrowed = narrowPolicy(page, "dist/x/index.html");
  expect(narrowed).toContain(`script-src 'self' ${sha(code)};`);
  expect(narrowed).not.toContain(sha("unused"));
  expect(narrowed).toMatch(/style-src 'self'"/);
});

test("an inline script the policy does not allow stops the build, naming the page", () => {
  const page = policyPage("script-src 'self'", "<script>alert(1)</script>");
  expect(() => narrowPolicy(page, "dist/x/index.html")).toThrow(
    /dist\/x\/index\.html: an inline script has no hash/,
  );
});

test("the page's script tag becomes a loader that runs after the first paint, allowed by hash", () => {
  const src = "/_astro/enhance.abc.js";
  const page = policyPage("script-src 'self'", `<script type="module" src="${src}"></script>`);
  const deferred = deferScriptsIn(page, "dist/x/index.html");
  expect(deferred).toContain(`<script type="module">${loaderFor(src)}</script>`);
  expect(deferred).not.toContain(`src="${src}"`);
  expect(deferred).toContain(`script-src 'self' ${sha(loaderFor(src))}`);
  // Narrowing afterwards keeps the loader's hash: the two steps agree.
  expect(narrowPolicy(deferred, "dist/x/index.html")).toContain(sha(loaderFor(src)));
});
