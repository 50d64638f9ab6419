import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { allPaths, builtPage, distDir, problems } from "./site.ts";

// The drawn 2016 screens: on the opt-out pages (both platforms, both phases), the FAQ and the
// checklist, in the page's language, light and dark, captioned as illustrations, with a text alternative.

test("each drawing is in the page's language, light and dark, with its alternative and caption", () => {
  const found: string[] = [];
  for (const path of allPaths()) {
    const lang = path.startsWith("/fr/") ? "fr" : "en";
    for (const figure of builtPage(path).doc.querySelectorAll("figure.screen")) {
      const img = figure.querySelector("img");
      const dark =
        figure.querySelector('source[media="(prefers-color-scheme: dark)"]')?.getAttribute("srcset") ?? "";
      const light = img?.getAttribute("src") ?? "";
      if (!light.startsWith(`/screens/${lang}-`) || !light.endsWith("-light.svg"))
        found.push(`${path}: ${light}`);
      if (dark !== light.replace(/-light\.svg$/, "-dark.svg")) found.push(`${path}: dark version ${dark}`);
      for (const file of [light, dark]) {
        if (!existsSync(join(distDir, file)) || !readFileSync(join(distDir, file), "utf8").startsWith("<svg"))
          found.push(`${path}: ${file} is not built`);
      }
      if ((img?.getAttribute("alt") ?? "").length < 30)
        found.push(`${path}: ${light} has no text alternative`);
      if (img?.getAttribute("loading") !== "lazy")
        found.push(`${path}: ${light} is not loaded after the text`);
      const caption = figure.querySelector("figcaption")?.text ?? "";
      if (
        !caption.includes(
          lang === "fr" ? "Illustration, et non une capture d’écran" : "Illustration, not a screenshot",
        )
      )
        found.push(`${path}: caption "${caption}"`);
    }
  }
  assert.deepEqual(found, [], problems(found, "drawings"));
});

test("the opt-out pages show both platforms in both phases, and the FAQ and checklist have theirs", () => {
  const names = (path: string) =>
    builtPage(path)
      .doc.querySelectorAll("figure.screen img")
      .map((i) => i.getAttribute("src")?.replace(/^\/screens\/(en|fr)-|-light\.svg$/g, ""));
  for (const [optOut, faq, checklist] of [
    ["/opt-out/", "/faq/", "/checklist/"],
    ["/fr/refuser-le-partage/", "/fr/faq/", "/fr/aide-memoire/"],
  ] as const) {
    for (const drawing of [
      "agreement",
      "key-updates-iphone",
      "key-updates-android",
      "settings-iphone",
      "settings-android",
    ]) {
      assert.ok(names(optOut).includes(drawing), `${optOut}: ${drawing}`);
    }
    assert.ok(names(faq).includes("agreement"), `${faq}: agreement`);
    assert.ok(names(checklist).includes("accounts-center"), `${checklist}: accounts-center`);
  }
});
