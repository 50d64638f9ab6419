import { expect, test } from "@playwright/test";
import { fleschKincaidGrade, syllableCount } from "../../src/lib/readability";
import { numberSteps } from "../../src/lib/steps";
import { formatSourceDate } from "../../src/lib/source-dates";
import { addHeadingLinks } from "../../src/lib/heading-links";

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
