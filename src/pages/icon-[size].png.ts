import type { APIRoute, GetStaticPaths } from "astro";
import { readFile } from "node:fs/promises";
import { Resvg } from "@resvg/resvg-js";

// The home-screen icon for iOS (which takes no SVG), drawn from public/favicon.svg at build time.
export const getStaticPaths = (() => ["180"].map((size) => ({ params: { size } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const svg = await readFile("public/favicon.svg", "utf8");
  const png = new Resvg(svg, { fitTo: { mode: "width", value: Number(params.size) } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
