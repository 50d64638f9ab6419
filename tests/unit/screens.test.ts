import assert from "node:assert/strict";
import { test } from "node:test";
import sax from "sax";
import en from "../../src/i18n/screens.en.json" with { type: "json" };
import fr from "../../src/i18n/screens.fr.json" with { type: "json" };
import {
  allDrawings,
  describeScreen,
  drawScreen,
  palettes,
  screenAlt,
  screenNames,
  textWidth,
  wrapText,
  type Drawing,
  type Lang,
  type Scheme,
} from "../../src/lib/screens.ts";

const langs = ["en", "fr"] as const satisfies readonly Lang[];
const schemes = ["light", "dark"] as const satisfies readonly Scheme[];
const tables: Record<Lang, Record<string, string>> = { en, fr };

/** Every drawing in every language and scheme. */
const cases = allDrawings.flatMap((d) =>
  langs.flatMap((lang) => schemes.map((scheme) => ({ ...d, lang, scheme }))),
);
const idOf = (d: Drawing & { lang: Lang; scheme: Scheme }) =>
  `${d.name}${d.variant ? ` (${d.variant})` : ""}, ${d.lang}, ${d.scheme}`;
const draw = (d: Drawing & { lang: Lang; scheme: Scheme }) =>
  describeScreen(d.name, { lang: d.lang, scheme: d.scheme, ...(d.variant ? { variant: d.variant } : {}) });

interface PrintedText {
  /** The lines of one <text> element, joined by a space (the drawing wraps only at spaces). */
  text: string;
  fill: string;
  size: number;
  lang: string | undefined;
}

/** Parses the SVG as strict XML (it throws if it is not well formed) and collects its texts. */
function parse(svg: string): { root: string; texts: PrintedText[]; fills: string[] } {
  const parser = sax.parser(true, {});
  const texts: PrintedText[] = [];
  const fills: string[] = [];
  let root = "";
  let inTitle = false;
  let current: PrintedText | undefined;
  let lines: string[] = [];
  parser.onopentag = (node) => {
    if (root === "") root = node.name;
    const attr = (name: string) => {
      const value = node.attributes[name];
      return value === undefined ? undefined : String(value);
    };
    if (node.name === "title") inTitle = true;
    if (node.name === "text") {
      current = {
        text: "",
        fill: attr("fill") ?? "",
        size: Number(attr("font-size")),
        lang: attr("xml:lang"),
      };
      lines = [];
    }
    if (node.name === "tspan") lines.push("");
    const fill = attr("fill");
    if (fill !== undefined && fill !== "none") fills.push(fill);
  };
  parser.ontext = (t) => {
    if (current && !inTitle && lines.length > 0) lines[lines.length - 1] += t;
  };
  parser.onclosetag = (name) => {
    if (name === "title") inTitle = false;
    if (name === "text" && current) {
      current.text = lines.join(" ");
      texts.push(current);
      current = undefined;
    }
  };
  parser.write(svg).close();
  return { root, texts, fills };
}

// Relative luminance and contrast ratio, as WCAG 2 defines them, from "#rrggbb".
function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  assert.ok(m, `a six-digit hex colour, got "${hex}"`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const v = parseInt(h ?? "0", 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

test("every drawing, language and scheme is a standalone SVG document with nothing the CSP forbids", () => {
  assert.equal(cases.length, 6 * 2 * 2);
  for (const d of cases) {
    const id = idOf(d);
    const r = draw(d);
    const svg = r.svg;
    assert.ok(svg.startsWith("<svg "), `${id}: starts with <svg`);
    assert.ok(svg.endsWith("</svg>"), `${id}: ends with </svg>`);
    assert.match(svg, /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, `${id}: xmlns`);
    assert.match(svg, new RegExp(`^<svg [^>]*viewBox="0 0 ${r.width} ${r.height}"`), `${id}: viewBox`);
    assert.match(
      svg,
      new RegExp(`^<svg [^>]*width="${r.width}" height="${r.height}"`),
      `${id}: width, height`,
    );
    assert.doesNotMatch(svg, /<style/i, `${id}: no <style>`);
    assert.doesNotMatch(svg, /\sstyle\s*=/i, `${id}: no style attribute`);
    assert.doesNotMatch(svg, /font-style|<script|\son[a-z]+\s*=|javascript:/i, `${id}: no script`);
    assert.doesNotMatch(svg, /<image|<use|<foreignObject|href\s*=|url\(|@import/i, `${id}: no references`);
    const withoutXmlns = svg.replace(' xmlns="http://www.w3.org/2000/svg"', "");
    assert.doesNotMatch(withoutXmlns, /https?:/i, `${id}: no address but the namespace`);
    const { root } = parse(svg);
    assert.equal(root, "svg", `${id}: well-formed XML with an <svg> root`);
    assert.equal(
      drawScreen(d.name, d.variant ? d : { lang: d.lang, scheme: d.scheme }),
      svg,
      `${id}: drawScreen`,
    );
  }
});

test("the drawings fit a phone: 320 wide, portrait, and no text smaller than 14 units", () => {
  for (const d of cases) {
    const r = draw(d);
    assert.equal(r.width, 320, idOf(d));
    assert.ok(r.height > r.width && r.height < 800, `${idOf(d)}: height ${r.height}`);
    for (const t of parse(r.svg).texts) assert.ok(t.size >= 14, `${idOf(d)}: "${t.text}" at ${t.size}`);
  }
});

test("the two string files have exactly the same keys", () => {
  assert.deepEqual(Object.keys(fr).sort(), Object.keys(en).sort());
});

test("a .lang flag sits next to its label, says en, and the French table then holds the English label", () => {
  const flags = Object.keys(fr).filter((k) => k.endsWith(".lang"));
  assert.ok(flags.length > 0);
  for (const flag of flags) {
    const key = flag.slice(0, -".lang".length);
    assert.equal(tables.fr[flag], "en", flag);
    assert.ok(key in fr, `${flag} flags an existing key`);
    assert.equal(tables.fr[key], tables.en[key], `${key}: the French table carries the English label`);
  }
});

test("French strings put a no-break space before a colon and inside guillemets, and use ’", () => {
  const bad = Object.entries(fr).filter(
    ([, v]) => /[^\u00a0\u202f]:|[^\u00a0\u202f]»|«[^\u00a0\u202f]|\s[;?!]/.test(v) || /'/.test(v),
  );
  assert.deepEqual(bad, []);
  assert.deepEqual(
    Object.entries(en).filter(([, v]) => /'/.test(v)),
    [],
    "English strings use ’ too, so a copied label matches",
  );
});

test("every text a drawing prints comes from its language's string table", () => {
  for (const d of cases) {
    const values = new Set(Object.values(tables[d.lang]).filter((v) => v !== ""));
    for (const t of parse(draw(d).svg).texts) {
      const printed = t.text.replace(/\u00a0\*$/, "");
      assert.ok(values.has(printed), `${idOf(d)}: "${t.text}" is not in screens.${d.lang}.json`);
    }
  }
});

/** The labels each drawing must print, per language (the notes' labels, as the app showed them). */
const expected: Record<string, Record<Lang, string[]>> = {
  agreement: {
    en: ["Read more about the key updates to our Terms and Privacy Policy", "Agree"],
    fr: ["En savoir plus sur les mises à jour clés…", "Accepter", "Pas maintenant"],
  },
  "key-updates": {
    en: [
      "Share my WhatsApp account information with Facebook to improve my Facebook ads and products experiences",
      "Agree",
    ],
    fr: [
      "Share my WhatsApp account information with Facebook to improve my Facebook ads and products experiences\u00a0*",
      "Accepter",
    ],
  },
  "settings-iphone": {
    en: ["Settings", "Account", "Share my account info", "Don’t Share"],
    fr: ["Réglages", "Compte", "Partager infos compte", "Don’t Share\u00a0*"],
  },
  "settings-android": {
    en: ["Settings", "Account", "Share my account info", "Don’t share"],
    fr: ["Paramètres", "Compte", "Partager infos compte", "Don’t share\u00a0*"],
  },
  "accounts-center": { en: ["Accounts Center", "WhatsApp"], fr: ["Espace Comptes", "WhatsApp"] },
};
const frenchOnly = [
  "Accepter",
  "Pas maintenant",
  "Réglages",
  "Paramètres",
  "Compte",
  "Partager infos compte",
  "Espace Comptes",
];
const englishOnly = [
  "Agree",
  "Settings",
  "Account",
  "Share my account info",
  "Accounts Center",
  "Not now",
  "Not Now",
];

test("French drawings print the French app's labels, English drawings the English ones", () => {
  for (const d of cases) {
    const printed = parse(draw(d).svg).texts.map((t) => t.text);
    for (const label of expected[d.name]?.[d.lang] ?? []) {
      assert.ok(printed.includes(label), `${idOf(d)}: prints "${label}"; printed ${JSON.stringify(printed)}`);
    }
    for (const label of d.lang === "en" ? frenchOnly : englishOnly) {
      assert.ok(!printed.includes(label), `${idOf(d)}: does not print "${label}"`);
    }
  }
});

test("the English prompt draws its second button without a label: no English label was found", () => {
  assert.equal(en["screens.ui.notNow"], "");
  assert.equal(fr["screens.ui.notNow"], "Pas maintenant");
  const printed = parse(drawScreen("agreement", { lang: "en", scheme: "light" })).texts.map((t) => t.text);
  assert.deepEqual(
    printed.filter((t) => /not now/i.test(t)),
    [],
  );
});

test("English labels in a French drawing are marked: asterisk, xml:lang, footnote, and the list for the page", () => {
  for (const d of cases) {
    const r = draw(d);
    const texts = parse(r.svg).texts;
    const marked = texts.filter((t) => t.text.endsWith("\u00a0*"));
    const footnote = texts.filter((t) => t.text === tables[d.lang]["screens.englishNote"]);
    if (d.lang === "en") {
      assert.deepEqual(r.englishLabels, [], idOf(d));
      assert.deepEqual(marked, [], idOf(d));
      assert.deepEqual(footnote, [], idOf(d));
      continue;
    }
    assert.deepEqual(
      marked.map((t) => t.text.replace(/\u00a0\*$/, "")),
      r.englishLabels,
      `${idOf(d)}: every English label is marked, and only those`,
    );
    for (const t of marked) assert.equal(t.lang, "en", `${idOf(d)}: "${t.text}" carries xml:lang="en"`);
    assert.equal(footnote.length, r.englishLabels.length > 0 ? 1 : 0, `${idOf(d)}: the footnote`);
  }
  const french = (name: Drawing["name"], variant?: Drawing["variant"]) =>
    describeScreen(name, { lang: "fr", scheme: "light", ...(variant ? { variant } : {}) }).englishLabels;
  assert.deepEqual(french("agreement"), []);
  assert.deepEqual(french("key-updates", "iphone"), [en["screens.ui.shareOption"]]);
  assert.deepEqual(french("settings-iphone"), ["Don’t Share"]);
  assert.deepEqual(french("settings-android"), ["Don’t share"]);
  assert.deepEqual(french("accounts-center"), []);
});

test("every drawing says it is an illustration, in its own language", () => {
  for (const d of cases) {
    const printed = parse(draw(d).svg).texts.map((t) => t.text);
    const caption =
      d.lang === "en" ? "Illustration, not a screenshot" : "Illustration, et non une capture d’écran";
    assert.ok(printed.includes(caption), idOf(d));
  }
});

test("the key-updates drawing shows the switch off on iPhone and the box unticked on Android", () => {
  const iphone = drawScreen("key-updates", { lang: "en", scheme: "light", variant: "iphone" });
  const android = drawScreen("key-updates", { lang: "en", scheme: "light", variant: "android" });
  assert.ok(parse(iphone).texts.some((t) => t.text === "switched off"));
  assert.ok(parse(android).texts.some((t) => t.text === "box unticked"));
  // Off is the grey track, not the dark one; the key-updates page draws no tick.
  const track = (fill: string) => new RegExp(`<rect [^>]*width="48" height="28" rx="14" fill="${fill}"`);
  assert.match(iphone, track(palettes.light.trackOff));
  assert.doesNotMatch(iphone, track(palettes.light.muted));
  assert.doesNotMatch(android, /<path d="M[\d.]+ [\d.]+l4\.5 4\.5/);
});

test("text colours meet 4.5:1 against what they sit on, in both schemes", () => {
  for (const scheme of schemes) {
    const p = palettes[scheme];
    for (const fg of [p.ink, p.muted, p.accent]) {
      for (const bg of [p.page, p.screen]) {
        assert.ok(contrast(fg, bg) >= 4.5, `${scheme}: ${fg} on ${bg} is ${contrast(fg, bg).toFixed(2)}:1`);
      }
    }
  }
  for (const d of cases) {
    const r = draw(d);
    assert.ok(r.textColours.length > 0);
    for (const [fg, bg] of r.textColours) {
      assert.ok(contrast(fg, bg) >= 4.5, `${idOf(d)}: ${fg} on ${bg} is ${contrast(fg, bg).toFixed(2)}:1`);
    }
    const recorded = new Set(r.textColours.map(([fg]) => fg));
    for (const t of parse(r.svg).texts)
      assert.ok(recorded.has(t.fill), `${idOf(d)}: "${t.text}" in ${t.fill}`);
  }
});

test("the drawings use the palette and no other colour", () => {
  for (const d of cases) {
    const allowed = new Set(Object.values(palettes[d.scheme]));
    for (const fill of parse(draw(d).svg).fills) assert.ok(allowed.has(fill), `${idOf(d)}: fill ${fill}`);
  }
});

test("each drawing has an alt text in each language, from the string tables", () => {
  for (const d of cases) {
    const r = draw(d);
    assert.ok(r.alt.length > 40, idOf(d));
    assert.equal(r.alt, screenAlt(d.name, d.lang, d.variant), idOf(d));
    assert.ok(Object.values(tables[d.lang]).includes(r.alt), idOf(d));
    assert.ok(r.svg.includes("<title>"), `${idOf(d)}: <title>`);
  }
  const alts = new Set(cases.map((d) => draw(d).alt));
  assert.equal(alts.size, 6 * 2, "one alt text per drawing and language");
});

test("a wrong screen, language, scheme or variant is an error that says what was expected", () => {
  assert.throws(() => drawScreen("key-updates", { lang: "en", scheme: "light" }), /variant is required/);
  assert.throws(
    () => drawScreen("agreement", { lang: "en", scheme: "light", variant: "iphone" }),
    /expected no variant/,
  );
  assert.throws(
    () => drawScreen("settings-iphone", { lang: "fr", scheme: "dark", variant: "android" }),
    /expected "iphone"/,
  );
  assert.doesNotThrow(() =>
    drawScreen("settings-android", { lang: "fr", scheme: "dark", variant: "android" }),
  );
  assert.throws(() => drawScreen("nope" as never, { lang: "en", scheme: "light" }), /unknown screen/);
  assert.throws(() => drawScreen("agreement", { lang: "de" as never, scheme: "light" }), /lang must be/);
  assert.throws(() => drawScreen("agreement", { lang: "en", scheme: "sepia" as never }), /scheme must be/);
  assert.deepEqual([...screenNames].sort(), [...new Set(allDrawings.map((d) => d.name))].sort());
});

test("wrapping keeps every word, in order, and each line within the width (except a lone long word)", () => {
  const label = en["screens.ui.shareOption"];
  for (const width of [120, 174, 236]) {
    const lines = wrapText(label, width, 15);
    assert.equal(lines.join(" "), label);
    for (const line of lines) assert.ok(!line.includes(" ") || textWidth(line, 15) <= width, line);
  }
  assert.deepEqual(wrapText("a\u00a0: b", 1, 15), ["a\u00a0:", "b"], "a no-break space holds");
  assert.deepEqual(wrapText("", 100, 15), []);
});

test("text is escaped for XML", () => {
  for (const d of cases) assert.doesNotMatch(draw(d).svg, /&(?!#\d+;|amp;|lt;|gt;|quot;|apos;)/, idOf(d));
});
