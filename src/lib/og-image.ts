import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";

const require = createRequire(import.meta.url);
const fontFile = (weight: 400 | 700) =>
  require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`);

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: "normal" }[]> | undefined;

/** The font is read from an npm package: building the images needs no network. */
function loadFonts() {
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: "Noto Sans",
      data: await readFile(fontFile(weight)),
      weight,
      style: "normal" as const,
    })),
  );
  return fonts;
}

export interface Card {
  title: string;
  siteName: string;
  /** A few words under the title, in the page's language. */
  tagline: string;
  /** The language shown on the card: "English", "Français". */
  language: string;
}

type Node = {
  type: string;
  props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string };
};
const el = (type: string, style: Record<string, unknown>, children?: Node["props"]["children"]): Node => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }) },
});

/** A 1200×630 PNG preview card: the page title, large, with the site's name and the language. */
export async function renderCard({ title, siteName, tagline, language }: Card): Promise<Buffer> {
  const size = title.length > 70 ? 60 : title.length > 45 ? 68 : 78;
  // Absolute positions: each part keeps its place whatever the title's length.
  const tree = el(
    "div",
    {
      width: 1200,
      height: 630,
      display: "flex",
      position: "relative",
      background: "#ffffff",
      color: "#16191d",
      fontFamily: "Noto Sans",
    },
    [
      el("div", {
        display: "flex",
        position: "absolute",
        top: 0,
        left: 0,
        width: 1200,
        height: 24,
        background: "#0a58ca",
      }),
      el(
        "div",
        {
          display: "flex",
          position: "absolute",
          top: 64,
          left: 72,
          fontSize: 34,
          fontWeight: 700,
          color: "#0a58ca",
        },
        siteName,
      ),
      el(
        "div",
        {
          display: "flex",
          position: "absolute",
          top: 170,
          left: 72,
          width: 1056,
          fontSize: size,
          fontWeight: 700,
          lineHeight: 1.15,
        },
        title,
      ),
      el(
        "div",
        {
          display: "flex",
          position: "absolute",
          left: 72,
          width: 1056,
          bottom: 56,
          justifyContent: "space-between",
          fontSize: 30,
          color: "#4b5661",
        },
        [el("div", { display: "flex" }, tagline), el("div", { display: "flex" }, language)],
      ),
    ],
  );
  const svg = await satori(tree as never, { width: 1200, height: 630, fonts: await loadFonts() });
  return new Resvg(svg, { fitTo: { mode: "width", value: 1200 } }).render().asPng();
}
