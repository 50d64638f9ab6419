import assert from "node:assert/strict";
import { test } from "node:test";
import { h } from "hastscript";
import { captionTable } from "../../src/lib/markup/fact-table.ts";
import { tickBoxes } from "../../src/lib/markup/checklist.ts";
import { asciiId, shapeBody } from "../../src/lib/markup/heading-links.ts";
import { inlineWithLang } from "../../src/lib/markup/inline-lang.ts";
import { numberSteps } from "../../src/lib/markup/steps.ts";
import { guidePart } from "../../src/lib/markup/guide.ts";

const control = (id: string) => h("a", { href: `#${id}`, className: ["copy-link"] }, "link");

test("steps get numbered ids and a control at their end, nested lists untouched", () => {
  const out = numberSteps("<ol><li>One</li><li>Two<ul><li>Inner</li></ul></li></ol>", {
    prefix: "iphone",
    word: "step",
    control,
  });
  assert.equal(
    out,
    '<ol><li id="iphone-step-1">One <a href="#iphone-step-1" class="copy-link">link</a></li><li id="iphone-step-2">Two<ul><li>Inner</li></ul> <a href="#iphone-step-2" class="copy-link">link</a></li></ol>',
  );
});

test("French steps take the French word in their ids", () => {
  assert.match(
    numberSteps("<ol><li>Un</li></ol>", { prefix: "android", word: "etape", control }),
    /id="android-etape-1"/,
  );
});

test("a step without text is refused, naming the step", () => {
  assert.throws(
    () =>
      numberSteps("<ol><li>One</li><li> <span></span></li></ol>", {
        prefix: "android",
        word: "step",
        control,
      }),
    /step 2 of "android" has no text/,
  );
});

test("Steps without a list is refused", () => {
  assert.throws(
    () => numberSteps("<p>No list</p>", { prefix: "x", word: "step", control }),
    /must wrap a numbered list/,
  );
});

test("section headings get a copy-link beside them, and the page's steps are read in document order", () => {
  const body =
    '<h2 id="sécurité">Sécurité</h2><p>x</p><h2 id="q" class="faq-heading">Q</h2>' +
    '<div class="steps"><ol><li id="b-step-1">First <span class="based-on">Based on: X<sup class="cite">[1]</sup></span></li></ol></div>' +
    '<div class="steps"><ol><li id="a-step-1">Second<sup class="cite">[2]</sup> <a class="copy-link">Copy link</a></li></ol></div>';
  const { html, steps } = shapeBody(body, "fr");
  assert.match(
    html,
    /<div class="heading-wrapper"><h2 id="securite">Sécurité<\/h2><a href="#securite" class="copy-link"/,
  );
  assert.match(html, /aria-label="Copier le lien\u00a0: Sécurité"/);
  assert.equal((html.match(/heading-wrapper/g) ?? []).length, 1, "the FAQ heading keeps its own control");
  assert.deepEqual(steps, [
    { id: "b-step-1", text: "First" },
    { id: "a-step-1", text: "Second" },
  ]);
});

test("heading ids become plain ASCII that people can type", () => {
  assert.equal(asciiId("confidentialité"), "confidentialite");
  assert.equal(asciiId("ce-que-vous-pouvez-faire-aujourd’hui"), "ce-que-vous-pouvez-faire-aujourdhui");
  assert.equal(asciiId("why-«-spam-»"), "why-spam");
});

test("checklist items become tick boxes labelled by their own text", () => {
  const out = tickBoxes("<ol><li>Do <b>this</b></li></ol>", "today");
  assert.equal(
    out,
    '<ol><li id="today-step-1"><input type="checkbox" id="today-step-1-box" aria-labelledby="today-step-1-text" data-checklist-box=""> <span id="today-step-1-text">Do <b>this</b></span></li></ol>',
  );
});

test("a fact table gets its caption inside the table, and a missing table is refused", () => {
  assert.match(
    captionTable("<table><tr><td>x</td></tr></table>", "A & B"),
    /^<table><caption>A &#x26; B<\/caption>/,
  );
  assert.throws(() => captionTable("<p>x</p>", "c"), /must wrap a Markdown table/);
});

test("data-file text keeps only <span lang> and escapes the rest", () => {
  assert.equal(
    inlineWithLang('Tap <span lang="en">Agree</span> & go', "f"),
    'Tap <span lang="en">Agree</span> &#x26; go',
  );
  assert.equal(inlineWithLang('Users\' "consent"', "f"), 'Users\' "consent"');
  assert.throws(
    () => inlineWithLang("<b>bold</b>", "content/timeline.fr.yaml (x, text)"),
    /content\/timeline\.fr\.yaml \(x, text\): only plain text/,
  );
  assert.throws(() => inlineWithLang('<span class="x">y</span>', "f"), /only plain text/);
});

test('each step, each "as of" box and each answer gets one report link, named by what it is about', () => {
  const body =
    '<div class="steps"><ol><li id="a-step-1">One <a class="copy-link">c</a></li></ol></div>' +
    '<div class="callout" data-callout="status"><p>As of 4 December 2026</p><div>Today.</div></div>' +
    '<div class="callout" data-callout="tip"><p>Tip</p></div>' +
    '<section id="q1" class="faq-question"><h2 id="q1-q" class="faq-heading">Why?</h2><a class="copy-link">c</a><p>Because.</p></section>';
  const seen: string[] = [];
  const { html, steps } = shapeBody(body, "en", (item, about) => {
    seen.push(`${item} | ${about}`);
    return h("a", { className: ["report-link"] }, "r");
  });
  assert.deepEqual(seen, ["a-step-1 | a-step-1", "as-of-1 | as-of-1-title", "q1 | q1-q"]);
  assert.deepEqual(steps, [{ id: "a-step-1", text: "One" }], "the HowTo step leaves out its report link");
  assert.match(
    html,
    /<div class="callout" data-callout="status" id="as-of-1"><p id="as-of-1-title">As of 4 December 2026<\/p><p class="report">/,
  );
  assert.match(html, /<a class="copy-link">c<\/a> <a class="report-link">r<\/a><p>Because\.<\/p>/);
  assert.equal((html.match(/report-link/g) ?? []).length, 3, "no link on the tip");
});

test("the page's readable text puts blocks on lines of their own and leaves out citations and controls", () => {
  const { text } = shapeBody(
    '<h2 id="a">Title</h2><p>Text.<sup class="cite">[1]</sup> More <a class="copy-link">Copy link</a></p><table><tr><td>x</td></tr></table>',
    "en",
  );
  assert.equal(text.replace(/\n+/g, "\n").trim(), "Title\nText. More");
});

test("a page becomes a part of the guide: ids prefixed, links and citations kept within the guide, headings down a level", () => {
  const anchors = new Map([
    ["/opt-out/", "opt-out"],
    ["/faq/", "faq"],
  ]);
  const html =
    '<h2 id="today">Today</h2><p id="p">See <a href="#today">today</a>, <a href="/faq/#ads">ads</a>, <a href="/helper/">helper</a>' +
    '<sup class="cite"><a id="cite-x" href="/sources/#source-x">[1]</a></sup><sup class="cite"><a href="/sources-news/#source-y">[2]</a></sup>' +
    '<sup class="cite"><a href="/sources/#source-x">[1]</a></sup></p><section aria-labelledby="q"><h3 id="q">Q</h3></section>' +
    '<a href="#today" class="copy-link" data-copy-link="">c</a>';
  const { html: out, cited } = guidePart(html, "/opt-out/", { anchors });
  assert.deepEqual(cited, ["x", "y"]);
  assert.match(out, /^<h3 id="opt-out--today">Today<\/h3>/);
  assert.match(
    out,
    /<a href="#opt-out--today">today<\/a>, <a href="#faq--ads">ads<\/a>, <a href="\/helper\/">helper<\/a>/,
  );
  assert.match(out, /<a id="opt-out--cite-x" href="#opt-out--source-x">/);
  assert.match(out, /<section aria-labelledby="opt-out--q"><h4 id="opt-out--q">Q<\/h4>/);
  assert.match(out, /<a href="#opt-out--today" class="copy-link"/);
  assert.throws(() => guidePart(html, "/why/", { anchors }), /\/why\/ is not a part of the guide/);
});
