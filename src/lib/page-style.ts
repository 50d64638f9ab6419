import { createHash } from "node:crypto";
import postcss from "postcss";
import checklist from "../styles/checklist.css?inline";
import guide from "../styles/guide.css?inline";
import helper from "../styles/helper.css?inline";
import screen from "../styles/screen.css?inline";
import sources from "../styles/sources.css?inline";
import steps from "../styles/steps.css?inline";
import tabs from "../styles/tabs.css?inline";
import type { Feature } from "./markup/features.ts";

/**
 * The styles of a page's own parts (steps, tabs, the checklist ...), after the site-wide stylesheet
 * (src/styles/global.css): a page carries the rules for what it shows and no others. `hash` is the
 * CSP hash of the <style> element's text.
 */
export interface PageStyle {
  css: string;
  hash: `sha256-${string}`;
}

const sheets: Partial<Record<Feature | "guide", string>> = {
  steps,
  tabs,
  checklist,
  helper,
  screen,
  sources,
  guide,
};

/**
 * One sheet's rules without its comments: each compiled sheet repeats the framework's licence
 * comment, which the site-wide stylesheet on the same page already carries.
 */
function rulesOf(css: string): string {
  const root = postcss.parse(css);
  root.walkComments((comment) => {
    comment.remove();
  });
  return root.toString().trim();
}

const cache = new Map<string, PageStyle | undefined>();

/** The styles for a page with these features, or nothing when none of them has styles. */
export function pageStyle(features: (Feature | "guide")[]): PageStyle | undefined {
  const key = features.join(",");
  if (!cache.has(key)) cache.set(key, compose(features));
  return cache.get(key);
}

function compose(features: (Feature | "guide")[]): PageStyle | undefined {
  const css = features
    .flatMap((f) => sheets[f] ?? [])
    .map(rulesOf)
    .join("");
  if (!css) return undefined;
  return { css, hash: `sha256-${createHash("sha256").update(css).digest("base64")}` };
}
