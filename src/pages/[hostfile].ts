import type { APIRoute, GetStaticPaths } from "astro";
import { getSite } from "../lib/site-data.ts";

// `_redirects`, read by Netlify and Cloudflare Pages (a file route may not start with "_", so the
// name comes in as a parameter): moved addresses answer with a permanent redirect, and a missing
// French address gets the French not-found page (Cloudflare Pages also finds it on its own; GitHub
// Pages serves /404.html, which speaks both languages).
export const getStaticPaths = (() => [{ params: { hostfile: "_redirects" } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response(`${(await getSite()).redirects().join("\n")}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
