import { escapeXml } from "./xml.ts";
import en from "../i18n/screens.en.json" with { type: "json" };
import fr from "../i18n/screens.fr.json" with { type: "json" };

// Line drawings of the 2016 WhatsApp screens (and of Meta's Accounts Center today), made as SVG
// strings so a page can serve them as images. They are our own sketches, not copies: a generic
// phone outline, grey UI, one accent colour, no logos. Each drawing prints only the labels the
// research notes give; anything else on the screen is a grey placeholder bar.
//
// The rules the strings follow (src/i18n/screens.*.json, same keys in both files):
// - an empty string is a label the notes do not give in that language: it is drawn as a grey bar;
// - a key with a sibling "<key>.lang": "en" holds the English app's label, because the French one
//   was not found. The French drawing prints it with an asterisk, marks the text xml:lang="en",
//   adds a footnote, and lists it in `englishLabels` so the page can say so as well.
// The SVG uses presentation attributes only: the site's Content Security Policy forbids inline
// styles, so there is no <style> element and no style attribute (not even font-style).

export type Lang = "en" | "fr";
export type Scheme = "light" | "dark";
export type Variant = "iphone" | "android";
export type ScreenName =
  "agreement" | "key-updates" | "settings-iphone" | "settings-android" | "accounts-center";
export type ScreenKey = keyof typeof en;

export interface ScreenOptions {
  lang: Lang;
  scheme: Scheme;
  /** Required for "key-updates"; for the settings screens it may repeat their own platform. */
  variant?: Variant;
}

/** Every screen, in the order the opt-out steps meet them. */
export const screenNames = [
  "agreement",
  "key-updates",
  "settings-iphone",
  "settings-android",
  "accounts-center",
] as const satisfies readonly ScreenName[];

/** The variants each screen is drawn in: none, its own platform, or both (then one must be chosen). */
export const screenVariants: Record<ScreenName, readonly Variant[]> = {
  agreement: [],
  "key-updates": ["iphone", "android"],
  "settings-iphone": ["iphone"],
  "settings-android": ["android"],
  "accounts-center": [],
};

export interface Drawing {
  name: ScreenName;
  variant?: Variant;
}

/** Every distinct drawing (screen and variant), e.g. for a page or a test to loop over. */
export const allDrawings: readonly Drawing[] = screenNames.flatMap((name): Drawing[] =>
  screenVariants[name].length === 2 ? screenVariants[name].map((variant) => ({ name, variant })) : [{ name }],
);

/** The colours. Text is ink, muted or accent, on page or screen; the unit test checks 4.5:1 for each pair. */
export interface Palette {
  /** The drawing's background, around the phone. */
  page: string;
  /** The phone's body. */
  frame: string;
  /** The screen, cards and dialogs. */
  screen: string;
  ink: string;
  muted: string;
  /** Outlines and arrows. */
  line: string;
  /** Grey bars standing for text the notes do not give. */
  placeholder: string;
  /** The one accent: links, the control to use, and our own notes. */
  accent: string;
  /** A switch that is off. */
  trackOff: string;
}

export const palettes: Record<Scheme, Palette> = {
  light: {
    page: "#f3f4f6",
    frame: "#e3e6ea",
    screen: "#ffffff",
    ink: "#1f2328",
    muted: "#4f5661",
    line: "#6a727c",
    placeholder: "#cfd4da",
    accent: "#0a58ca",
    trackOff: "#e3e6ea",
  },
  dark: {
    page: "#16191d",
    frame: "#272c32",
    screen: "#1f2328",
    ink: "#e7e9ec",
    muted: "#b5bcc4",
    line: "#8d96a0",
    placeholder: "#444b54",
    accent: "#8ab4ff",
    trackOff: "#3b4149",
  },
};

const tables: Record<Lang, Record<ScreenKey, string>> = { en, fr };

const altKeys: Record<ScreenName, ScreenKey | Record<Variant, ScreenKey>> = {
  agreement: "screens.alt.agreement",
  "key-updates": { iphone: "screens.alt.keyUpdates.iphone", android: "screens.alt.keyUpdates.android" },
  "settings-iphone": "screens.alt.settingsIphone",
  "settings-android": "screens.alt.settingsAndroid",
  "accounts-center": "screens.alt.accountsCenter",
};

// ---------------------------------------------------------------------------------------------
// Text measuring and wrapping

/**
 * Approximate advance of one character, in em. Deliberately on the wide side (close to DejaVu
 * Sans, the widest common fallback), so a line that fits here also fits in the system font.
 */
function charEm(ch: string): number {
  if (ch === " " || ch === "\u00a0") return 0.32;
  if ("il.,:;!|'’`".includes(ch)) return 0.3;
  if ("fjtrI()[]*".includes(ch)) return 0.42;
  if (ch === "m") return 0.98;
  if (ch === "w") return 0.83;
  if (ch === "M" || ch === "W") return 0.99;
  if (ch === "…") return 1;
  if (/[0-9]/.test(ch)) return 0.64;
  if (ch !== ch.toLowerCase()) return 0.72;
  return 0.6;
}

/** Approximate width of `text` at `size` (viewBox units). */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * size * (bold ? 1.12 : 1);
}

/** Splits `text` into lines no wider than `maxWidth`; breaks only at plain spaces (U+00A0 holds). */
export function wrapText(text: string, maxWidth: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ").filter((w) => w !== "")) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (line !== "" && textWidth(candidate, size, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** Escapes text and attribute values for XML. */

// ---------------------------------------------------------------------------------------------
// Drawing primitives. Each returns an SVG fragment; coordinates are viewBox units.

const WIDTH = 320;

type Surface = "page" | "screen";
type TextColour = "ink" | "muted" | "accent";

interface Ctx {
  lang: Lang;
  pal: Palette;
  strings: Record<ScreenKey, string>;
  /** English app labels printed in a French drawing, in drawing order. */
  english: string[];
  /** "fg|bg" for every text drawn, so the test can check each pair's contrast. */
  pairs: Set<string>;
}

interface Label {
  /** The text to print, with the asterisk if it is an English label in a French drawing; "" if unknown. */
  text: string;
  english: boolean;
}

function label(c: Ctx, key: ScreenKey): Label {
  const text = c.strings[key];
  const flag = (c.strings as Record<string, string | undefined>)[`${key}.lang`];
  const english = c.lang !== "en" && flag === "en" && text !== "";
  if (english) c.english.push(text);
  return { text: english ? `${text}\u00a0*` : text, english };
}

const num = (v: number): string => String(Math.round(v * 10) / 10);

function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === "number" ? num(v) : escapeXml(v)}"`)
    .join("");
}

interface TextOptions {
  on: Surface;
  size?: number;
  colour?: TextColour;
  bold?: boolean;
  anchor?: "start" | "middle" | "end";
  underline?: boolean;
  english?: boolean;
  lineHeight?: number;
}

/** One or more lines of text; `y` is the first baseline. */
function text(c: Ctx, x: number, y: number, lines: readonly string[], o: TextOptions): string {
  const size = o.size ?? 15;
  const fill = c.pal[o.colour ?? "ink"];
  c.pairs.add(`${fill}|${c.pal[o.on]}`);
  const lh = o.lineHeight ?? Math.round(size * 1.4);
  const spans = lines
    .map((line, i) => `<tspan${attrs({ x, y: y + i * lh })}>${escapeXml(line)}</tspan>`)
    .join("");
  return `<text${attrs({
    "font-size": size,
    fill,
    "font-weight": o.bold ? "bold" : undefined,
    "text-anchor": o.anchor && o.anchor !== "start" ? o.anchor : undefined,
    "text-decoration": o.underline ? "underline" : undefined,
    "xml:lang": o.english ? "en" : undefined,
  })}>${spans}</text>`;
}

function rect(
  x: number,
  y: number,
  w: number,
  h: number,
  rx: number,
  fill: string,
  stroke?: string,
  strokeWidth?: number,
  dash?: string,
): string {
  return `<rect${attrs({
    x,
    y,
    width: w,
    height: h,
    rx,
    fill,
    stroke,
    "stroke-width": stroke ? (strokeWidth ?? 1.5) : undefined,
    "stroke-dasharray": dash,
  })}/>`;
}

function path(d: string, stroke: string, width: number, dash?: string): string {
  return `<path${attrs({
    d,
    fill: "none",
    stroke,
    "stroke-width": width,
    "stroke-linecap": "round",
    "stroke-linejoin": "round",
    "stroke-dasharray": dash,
  })}/>`;
}

function circle(cx: number, cy: number, r: number, fill: string, stroke?: string, width?: number): string {
  return `<circle${attrs({ cx, cy, r, fill, stroke, "stroke-width": stroke ? (width ?? 1.5) : undefined })}/>`;
}

/** A grey bar standing for text the notes do not give. */
const bar = (c: Ctx, x: number, y: number, w: number, h = 8): string =>
  rect(x, y, w, h, h / 2, c.pal.placeholder);

/** The accent outline around the thing to tap. */
const ring = (c: Ctx, x: number, y: number, w: number, h: number, rx = 8): string =>
  rect(x, y, w, h, rx, "none", c.pal.accent, 2.5);

const hline = (c: Ctx, x1: number, x2: number, y: number): string =>
  path(`M${num(x1)} ${num(y)}H${num(x2)}`, c.pal.placeholder, 1);

/** A switch, 48 × 28, with its top-left corner at x, y. */
function toggle(c: Ctx, x: number, y: number, on: boolean): string {
  return (
    rect(x, y, 48, 28, 14, on ? c.pal.muted : c.pal.trackOff, on ? c.pal.muted : c.pal.line) +
    circle(on ? x + 34 : x + 14, y + 14, 10.5, c.pal.screen, c.pal.line)
  );
}

/** A tick box, 24 × 24, with its top-left corner at x, y. */
function tickBox(c: Ctx, x: number, y: number, ticked: boolean): string {
  return ticked
    ? rect(x, y, 24, 24, 3, c.pal.ink) +
        path(`M${num(x + 5.5)} ${num(y + 12.5)}l4.5 4.5l8.5 -9.5`, c.pal.screen, 2.5)
    : rect(x, y, 24, 24, 3, c.pal.screen, c.pal.ink, 2);
}

/** A button with a centred label, or a grey bar where the label is not known. */
function button(c: Ctx, x: number, y: number, w: number, key: ScreenKey): string {
  const l = label(c, key);
  const h = 44;
  const body = rect(x, y, w, h, h / 2, c.pal.screen, c.pal.line);
  if (l.text === "") return body + bar(c, x + w / 2 - 48, y + h / 2 - 5, 96, 10);
  const lines = wrapText(l.text, w - 24, 16, true);
  return (
    body +
    text(c, x + w / 2, y + h / 2 + 5.5, lines.slice(0, 1), {
      on: "screen",
      size: 16,
      bold: true,
      anchor: "middle",
      english: l.english,
    })
  );
}

/** A down arrow between two panels of a path. */
function flowArrow(c: Ctx, y: number, h: number): string {
  const x = WIDTH / 2;
  return path(`M${x} ${num(y + 4)}V${num(y + h - 5)}M${x - 7} ${num(y + h - 12)}l7 7l7 -7`, c.pal.line, 2);
}

/** A right-pointing chevron, as at the end of a list row. */
const chevron = (c: Ctx, x: number, y: number): string =>
  path(`M${num(x)} ${num(y)}l6 6l-6 6`, c.pal.line, 2);

interface Part {
  svg: string;
  bottom: number;
}

/** A generic phone: body, speaker slot and screen, around content drawn by `draw` from the screen's top. */
function phone(c: Ctx, top: number, draw: (screenTop: number) => Part): Part {
  const x = 16;
  const w = WIDTH - 32;
  const screenTop = top + 30;
  const content = draw(screenTop);
  const screenBottom = content.bottom;
  const bottom = screenBottom + 22;
  return {
    svg:
      rect(x, top, w, bottom - top, 26, c.pal.frame, c.pal.line) +
      rect(WIDTH / 2 - 22, top + 12, 44, 6, 3, c.pal.line) +
      rect(x + 10, screenTop, w - 20, screenBottom - screenTop, 4, c.pal.screen) +
      content.svg,
    bottom,
  };
}

// Inside the phone: the screen runs from x 26 to 294; content keeps 16 units from its edges.
const SX = 26;
const SW = WIDTH - 52;
const CX = SX + 16;
const CW = SW - 32;

// ---------------------------------------------------------------------------------------------
// The screens

/** 1. The 2016 prompt to accept the new terms: title and text (grey), the Read more link, the buttons. */
function agreement(c: Ctx, top: number): Part {
  return phone(c, top, (screenTop) => {
    let y = screenTop + 24;
    let svg = bar(c, CX + (CW - 150) / 2, y, 150, 12);
    y += 34;
    for (const w of [1, 0.95, 1, 0.88, 1, 0.56]) {
      svg += bar(c, CX, y, CW * w);
      y += 18;
    }
    y += 12;
    const link = label(c, "screens.ui.readMore");
    const lines = wrapText(link.text, CW, 15);
    svg += text(c, CX, y + 14, lines, {
      on: "screen",
      colour: "accent",
      underline: true,
      english: link.english,
      lineHeight: 21,
    });
    y += lines.length * 21 + 16;
    svg += button(c, CX, y, CW, "screens.ui.agree");
    y += 56;
    svg += button(c, CX, y, CW, "screens.ui.notNow");
    y += 44 + 24;
    return { svg, bottom: y };
  });
}

/** 2. The bottom of the key-updates page: the sharing option, off, its grey note, then Agree. */
function keyUpdates(c: Ctx, top: number, variant: Variant): Part {
  return phone(c, top, (screenTop) => {
    // The page's text runs on above: it was scrolled to the bottom.
    let y = screenTop + 14;
    let svg = "";
    for (const w of [1, 0.93, 1, 0.85, 0.5]) {
      svg += bar(c, CX, y, CW * w);
      y += 18;
    }
    y += 6;
    svg += hline(c, CX, CX + CW, y);
    y += 12;

    // Our note on the control's state, in the accent, just above the control.
    const note = label(c, variant === "iphone" ? "screens.note.switchedOff" : "screens.note.unticked");
    svg += text(c, CX + CW, y + 14, [note.text], { on: "screen", size: 14, colour: "accent", anchor: "end" });
    y += 26;

    const controlW = 48;
    const share = label(c, "screens.ui.shareOption");
    const lines = wrapText(share.text, CW - controlW - 16, 15);
    svg += text(c, CX, y + 15, lines, { on: "screen", english: share.english, lineHeight: 21 });
    if (variant === "iphone") {
      const x = CX + CW - controlW;
      svg += toggle(c, x, y, false) + ring(c, x - 5, y - 5, controlW + 10, 38, 19);
    } else {
      const x = CX + CW - 36;
      svg += tickBox(c, x, y + 2, false) + ring(c, x - 6, y - 4, 36, 36, 8);
    }
    y += Math.max(lines.length * 21, 34) + 8;

    // The grey note shown under an unticked option: its wording is not known.
    svg += bar(c, CX, y, CW * 0.86, 7);
    y += 15;
    svg += bar(c, CX, y, CW * 0.6, 7);
    y += 24;

    svg += button(c, CX, y, CW, "screens.ui.agree");
    y += 44 + 24;
    // A scroll bar at the end of its track.
    svg += rect(SX + SW - 7, y - 78, 4, 62, 2, c.pal.line);
    return { svg, bottom: y };
  });
}

// The path drawings are panels: cropped screens, one under the other, joined by arrows.
const PX = 20;
const PW = WIDTH - 40;

/** A panel's background and top bar (a grey title); returns where its content starts. */
function panel(c: Ctx, top: number, bottom: number, titleAt: "centre" | "left"): string {
  return (
    rect(PX, top, PW, bottom - top, 12, c.pal.screen, c.pal.line) +
    (titleAt === "centre" ? bar(c, WIDTH / 2 - 45, top + 17, 90, 10) : bar(c, PX + 16, top + 19, 110, 12)) +
    hline(c, PX, PX + PW, top + 46)
  );
}

/** A list row whose label is not given: a grey bar and a separator. */
function greyRow(c: Ctx, y: number, w: number): string {
  return bar(c, PX + 16, y + 18, w) + hline(c, PX + 16, PX + PW, y + 44);
}

/** A list row with a label, ringed; `withChevron` adds iOS's › at the end. */
function labelRow(c: Ctx, y: number, key: ScreenKey, withChevron: boolean): string {
  const l = label(c, key);
  return (
    text(c, PX + 16, y + 28, [l.text], { on: "screen", size: 16, english: l.english }) +
    (withChevron ? chevron(c, PX + PW - 22, y + 16) : "") +
    ring(c, PX + 7, y + 5, PW - 14, 34) +
    hline(c, PX + 16, PX + PW, y + 44)
  );
}

/** A row with the Share my account info label and its control (a switch or a tick box, on), ringed. */
function shareRow(c: Ctx, y: number, variant: Variant): Part {
  const l = label(c, "screens.ui.shareAccountInfo");
  const controlW = variant === "iphone" ? 48 : 24;
  const lines = wrapText(l.text, PW - 32 - controlW - 14, 16);
  const h = Math.max(44, lines.length * 21 + 20);
  const controlX = PX + PW - 16 - controlW;
  const controlY = y + h / 2 - (variant === "iphone" ? 14 : 12);
  let svg = text(c, PX + 16, y + 28, lines, { on: "screen", size: 16, english: l.english, lineHeight: 21 });
  svg +=
    variant === "iphone"
      ? toggle(c, controlX, controlY, true) + ring(c, controlX - 5, controlY - 5, 58, 38, 19)
      : tickBox(c, controlX, controlY, true) + ring(c, controlX - 6, controlY - 6, 36, 36, 8);
  return { svg: svg + hline(c, PX + 16, PX + PW, y + h), bottom: y + h };
}

/** The confirmation pop-up: its text is not known (grey), its “Don’t share” button is, ringed. */
function confirmDialog(c: Ctx, y: number, variant: Variant): Part {
  const l = label(c, variant === "iphone" ? "screens.ui.dontShare.iphone" : "screens.ui.dontShare.android");
  const x = variant === "iphone" ? 48 : 36;
  const w = WIDTH - 2 * x;
  const h = 122;
  let svg = rect(x + 3, y + 4, w, h, 12, c.pal.placeholder) + rect(x, y, w, h, 12, c.pal.screen, c.pal.line);
  const bars = variant === "iphone" ? [0.7, 0.78, 0.5] : [0.84, 0.76, 0.5];
  bars.forEach((f, i) => {
    const bw = (w - 40) * f;
    svg += bar(c, variant === "iphone" ? x + (w - bw) / 2 : x + 20, y + 20 + i * 16, bw);
  });
  const size = 16;
  const tw = Math.min(textWidth(l.text, size, true), w - 40);
  const baseline = y + h - 17;
  if (variant === "iphone") {
    svg += hline(c, x, x + w, y + 76);
    svg += text(c, WIDTH / 2, baseline, [l.text], {
      on: "screen",
      size,
      colour: "accent",
      bold: true,
      anchor: "middle",
      english: l.english,
    });
    svg += ring(c, WIDTH / 2 - tw / 2 - 10, baseline - 23, tw + 20, 33);
  } else {
    const right = x + w - 20;
    svg += text(c, right, baseline, [l.text], {
      on: "screen",
      size,
      colour: "accent",
      bold: true,
      anchor: "end",
      english: l.english,
    });
    svg += ring(c, right - tw - 10, baseline - 23, tw + 20, 33);
  }
  return { svg, bottom: y + h };
}

/** 3. iPhone: the Settings tab and Account; then Share my account info and the pop-up. */
function settingsIphone(c: Ctx, top: number): Part {
  // Panel 1: the Settings screen, with its tab bar.
  let y = top + 46;
  let inner = greyRow(c, y, 120);
  y += 44;
  inner += labelRow(c, y, "screens.ui.account", true);
  y += 44 + 20;
  const tabTop = y;
  inner += path(`M${PX} ${tabTop}H${PX + PW}`, c.pal.placeholder, 1);
  for (const cx of [50, 110, 170])
    inner += circle(cx, tabTop + 18, 9, c.pal.placeholder) + bar(c, cx - 17, tabTop + 34, 34, 6);
  const tab = label(c, "screens.ui.settings.iphone");
  const tabW = Math.max(textWidth(tab.text, 14) + 14, 52);
  const tabX = Math.min(265, PX + PW - 5 - tabW / 2);
  inner += circle(tabX, tabTop + 17, 8.5, "none", c.pal.ink, 1.8);
  inner += text(c, tabX, tabTop + 45, [tab.text], {
    on: "screen",
    size: 14,
    anchor: "middle",
    english: tab.english,
  });
  inner += ring(c, tabX - tabW / 2, tabTop + 4, tabW, 50);
  const panel1Bottom = tabTop + 58;
  const svg = panel(c, top, panel1Bottom, "centre") + inner;

  // Panel 2: the Account screen, the switch, and the pop-up.
  const last = sharePanel(c, panel1Bottom, 30, "iphone", "centre");
  return { svg: svg + last.svg, bottom: last.bottom };
}

/**
 * The last panel of both settings paths, below the one ending at `above`: the Account screen's
 * sharing option and the pop-up that asked to confirm, with its arrow from the panel before.
 */
function sharePanel(c: Ctx, above: number, gap: number, platform: Variant, titleAt: "centre" | "left"): Part {
  const top = above + gap;
  const row = shareRow(c, top + 46, platform);
  const dialog = confirmDialog(c, row.bottom + 14, platform);
  const bottom = dialog.bottom + 16;
  return { svg: flowArrow(c, above, gap) + panel(c, top, bottom, titleAt) + row.svg + dialog.svg, bottom };
}

/** 4. Android: the ⋮ menu and Settings; then Account; then Share my account info and the pop-up. */
function settingsAndroid(c: Ctx, top: number): Part {
  // Panel 1: the main screen, the ⋮ (More options) button and its open menu.
  const dotsX = PX + PW - 16;
  let inner = "";
  for (const dy of [15, 24, 33]) inner += circle(dotsX, top + dy, 2.6, c.pal.ink);
  inner += ring(c, dotsX - 10, top + 5, 20, 38, 6);
  for (const rowY of [top + 46, top + 98]) {
    inner +=
      circle(PX + 30, rowY + 26, 14, c.pal.placeholder) +
      bar(c, PX + 54, rowY + 16, 96) +
      bar(c, PX + 54, rowY + 32, 140, 7);
  }
  const menuX = 124;
  const menuW = PX + PW - 8 - menuX;
  const menuY = top + 50;
  const menuH = 3 * 40 + 8;
  inner +=
    rect(menuX + 3, menuY + 4, menuW, menuH, 6, c.pal.placeholder) +
    rect(menuX, menuY, menuW, menuH, 6, c.pal.screen, c.pal.line);
  inner += bar(c, menuX + 16, menuY + 20, 84) + bar(c, menuX + 16, menuY + 60, 100);
  const settings = label(c, "screens.ui.settings.android");
  inner += text(c, menuX + 16, menuY + 110, [settings.text], {
    on: "screen",
    size: 16,
    english: settings.english,
  });
  inner += ring(c, menuX + 6, menuY + 86, menuW - 12, 34);
  const panel1Bottom = Math.max(top + 150, menuY + menuH) + 14;
  let svg = panel(c, top, panel1Bottom, "left") + inner;

  // Panel 2: the Settings screen and Account.
  const top2 = panel1Bottom + 28;
  svg += flowArrow(c, panel1Bottom, 28);
  let y = top2 + 46;
  inner = greyRow(c, y, 110);
  y += 44;
  inner += labelRow(c, y, "screens.ui.account", false);
  const panel2Bottom = y + 44 + 8;
  svg += panel(c, top2, panel2Bottom, "left") + inner;

  // Panel 3: the Account screen, the ticked box, and the pop-up.
  const last = sharePanel(c, panel2Bottom, 28, "android", "left");
  return { svg: svg + last.svg, bottom: last.bottom };
}

/**
 * 5. Meta's Accounts Center today. The notes give its name and that adding WhatsApp is optional,
 * off by default and can be removed, but no screen or label inside it: so this is a diagram, not
 * a screen. The other accounts are grey; WhatsApp sits outside, with a two-way arrow to its place.
 */
function accountsCenter(c: Ctx, top: number): Part {
  const x = PX + 16;
  const w = PW - 32;
  const title = label(c, "screens.ui.accountsCenter");
  let inner = text(c, x, top + 32, [title.text], {
    on: "screen",
    size: 18,
    bold: true,
    english: title.english,
  });
  const others = label(c, "screens.note.otherAccounts");
  inner += text(c, x, top + 58, [others.text], { on: "screen", size: 14, colour: "accent" });
  let y = top + 70;
  for (const bw of [120, 96]) {
    inner +=
      rect(x, y, w, 50, 10, c.pal.screen, c.pal.line) +
      circle(x + 26, y + 25, 13, c.pal.placeholder) +
      bar(c, x + 50, y + 21, bw, 9);
    y += 60;
  }
  const slotBottom = y + 50;
  inner += rect(x, y, w, 50, 10, "none", c.pal.line, 1.5, "5 4");
  const ifAdded = label(c, "screens.note.ifAdded");
  inner += text(c, x + 16, y + 31, wrapText(ifAdded.text, w - 32, 14).slice(0, 1), {
    on: "screen",
    size: 14,
    colour: "accent",
  });
  const boxBottom = slotBottom + 16;
  let svg = rect(PX, top, PW, boxBottom - top, 14, c.pal.screen, c.pal.ink) + inner;

  // The two-way arrow: add, or remove.
  const cardTop = boxBottom + 46;
  const mid = WIDTH / 2;
  svg += path(`M${mid} ${num(slotBottom + 8)}V${num(cardTop - 8)}`, c.pal.accent, 2, "5 4");
  svg += path(
    `M${mid - 7} ${num(slotBottom + 15)}l7 -7l7 7M${mid - 7} ${num(cardTop - 15)}l7 7l7 -7`,
    c.pal.accent,
    2,
  );

  const wa = label(c, "screens.ui.whatsapp");
  svg +=
    rect(x, cardTop, w, 50, 10, c.pal.screen, c.pal.accent, 2) +
    circle(x + 26, cardTop + 25, 13, c.pal.placeholder);
  svg += text(c, x + 50, cardTop + 31, [wa.text], {
    on: "screen",
    size: 16,
    bold: true,
    english: wa.english,
  });

  const note = label(c, "screens.note.accountsCenter");
  const lines = wrapText(note.text, PW, 15);
  const noteTop = cardTop + 50 + 28;
  svg += text(c, PX, noteTop, lines, { on: "page", size: 15, lineHeight: 21 });
  return { svg, bottom: noteTop + (lines.length - 1) * 21 + 6 };
}

// ---------------------------------------------------------------------------------------------
// The document

export interface DrawnScreen {
  /** A complete, standalone SVG document. */
  svg: string;
  /** The drawing's size in CSS pixels at 1:1 (also its viewBox), for the <img> width and height. */
  width: number;
  height: number;
  /** The text alternative, for <img alt>. */
  alt: string;
  /** English app labels printed in a French drawing (marked * in the drawing): the page should say so. */
  englishLabels: string[];
  /** Every [text colour, background] pair the drawing uses. */
  textColours: [string, string][];
}

function checkOptions(name: ScreenName, opts: ScreenOptions): Variant | undefined {
  if (!(screenNames as readonly string[]).includes(name)) {
    throw new Error(
      `drawScreen: unknown screen "${String(name)}"; expected one of: ${screenNames.join(", ")}.`,
    );
  }
  if (opts.lang !== "en" && opts.lang !== "fr") {
    throw new Error(`drawScreen("${name}"): lang must be "en" or "fr"; received "${String(opts.lang)}".`);
  }
  if (opts.scheme !== "light" && opts.scheme !== "dark") {
    throw new Error(
      `drawScreen("${name}"): scheme must be "light" or "dark"; received "${String(opts.scheme)}".`,
    );
  }
  const allowed = screenVariants[name];
  const { variant } = opts;
  if (variant === undefined) {
    if (allowed.length === 2) {
      throw new Error(
        `drawScreen("${name}"): a variant is required: ${allowed.map((v) => `"${v}"`).join(" or ")}.`,
      );
    }
    return allowed[0];
  }
  if (!allowed.includes(variant)) {
    const expected = allowed.length === 0 ? "no variant" : allowed.map((v) => `"${v}"`).join(" or ");
    throw new Error(`drawScreen("${name}"): expected ${expected}; received variant "${String(variant)}".`);
  }
  return variant;
}

/** The text alternative of a drawing, for <img alt>. */
export function screenAlt(name: ScreenName, lang: Lang, variant?: Variant): string {
  const key = altKeys[name];
  if (typeof key === "string") return tables[lang][key];
  if (variant === undefined) throw new Error(`screenAlt("${name}"): a variant is required.`);
  return tables[lang][key[variant]];
}

/** Draws a screen and says what it holds: the SVG, its size, its alt text and its English labels. */
export function describeScreen(name: ScreenName, opts: ScreenOptions): DrawnScreen {
  const variant = checkOptions(name, opts);
  const pal = palettes[opts.scheme];
  const c: Ctx = { lang: opts.lang, pal, strings: tables[opts.lang], english: [], pairs: new Set() };

  // The corner caption says what this is, before anything else.
  const caption = wrapText(c.strings["screens.caption"], WIDTH - 32, 14);
  let svg = text(c, 16, 26, caption, { on: "page", size: 14, colour: "muted", lineHeight: 18 });
  const top = 26 + (caption.length - 1) * 18 + 16;

  let body: Part;
  switch (name) {
    case "agreement":
      body = agreement(c, top);
      break;
    case "key-updates":
      body = keyUpdates(c, top, variant ?? "iphone");
      break;
    case "settings-iphone":
      body = settingsIphone(c, top);
      break;
    case "settings-android":
      body = settingsAndroid(c, top);
      break;
    case "accounts-center":
      body = accountsCenter(c, top);
      break;
  }
  svg += body.svg;
  let height = body.bottom + 16;
  if (c.english.length > 0) {
    const note = wrapText(c.strings["screens.englishNote"], WIDTH - 32, 14);
    svg += text(c, 16, body.bottom + 26, note, { on: "page", size: 14, colour: "muted", lineHeight: 18 });
    height = body.bottom + 26 + (note.length - 1) * 18 + 14;
  }
  height = Math.ceil(height);

  const alt = screenAlt(name, opts.lang, variant);
  const doc =
    `<svg${attrs({
      xmlns: "http://www.w3.org/2000/svg",
      width: WIDTH,
      height,
      viewBox: `0 0 ${WIDTH} ${height}`,
      "font-family": "system-ui, sans-serif",
      "xml:lang": opts.lang,
    })}>` +
    `<title>${escapeXml(alt)}</title>` +
    rect(0, 0, WIDTH, height, 0, pal.page) +
    rect(3, 3, WIDTH - 6, height - 6, 10, "none", pal.line, 1.5, "6 4") +
    svg +
    `</svg>`;

  return {
    svg: doc,
    width: WIDTH,
    height,
    alt,
    englishLabels: [...new Set(c.english)],
    textColours: [...c.pairs].map((pair) => pair.split("|") as [string, string]),
  };
}

/** A complete standalone SVG document of one screen, in one language and colour scheme. */
export function drawScreen(name: ScreenName, opts: ScreenOptions): string {
  return describeScreen(name, opts).svg;
}
