import type { APIRoute, GetStaticPaths } from "astro";
import { languages } from "../../lib/i18n.ts";
import {
  allDrawings,
  describeScreen,
  type Lang,
  type Scheme,
  type ScreenName,
  type Variant,
} from "../../lib/screens.ts";
import { screenFile } from "../../lib/screen-files.ts";

// The drawn screens as image files, one per language, drawing and colour scheme, so a page's text
// never waits for them: /screens/fr-key-updates-iphone-dark.svg.
export const getStaticPaths = (() =>
  languages.flatMap((lang) =>
    allDrawings.flatMap(({ name, variant }) =>
      (["light", "dark"] as const).map((scheme) => ({
        params: { file: screenFile({ lang, name, variant, scheme }).slice("/screens/".length) },
        props: { lang, name, variant, scheme },
      })),
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{
  lang: Lang;
  name: ScreenName;
  variant: Variant | undefined;
  scheme: Scheme;
}> = ({ props }) => {
  const { svg } = describeScreen(props.name, {
    lang: props.lang,
    scheme: props.scheme,
    ...(props.variant ? { variant: props.variant } : {}),
  });
  return new Response(svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
};
