import type { APIRequestContext } from "@playwright/test";
import { parse, type HTMLElement } from "node-html-parser";

export interface ServedPage {
  status: number;
  /** The parsed document, for checks on the markup as served (no browser needed). */
  doc: HTMLElement;
  /** The page's own address, to resolve relative links against. */
  url: URL;
}

/** Fetches a page from the preview server and parses its HTML. */
export async function served(request: APIRequestContext, baseURL: string, path: string): Promise<ServedPage> {
  const response = await request.get(path);
  return { status: response.status(), doc: parse(await response.text()), url: new URL(path, baseURL) };
}

/** The content of the first `<meta>` with this name or property, or undefined. */
export function metaContent(doc: HTMLElement, name: string): string | undefined {
  return doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute("content");
}
