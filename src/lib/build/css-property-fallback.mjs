// Tailwind registers a few custom properties with `@property` and, for browsers without it, repeats
// their initial values in `@layer properties` behind an `@supports` test on `margin-trim`. Neither
// `@property` nor `margin-trim` is known to the W3C CSS validator, so every page failed the Nu HTML
// checker. The fallback rule alone gives every browser the same values: it sits in the lowest layer,
// on every element, so any utility that sets one of these properties still wins, exactly as over a
// registered initial value. This plugin keeps that rule, unconditionally, and drops the rest.

/** @param {import("postcss").AtRule} rule */
const isPropertiesLayer = (rule) => rule.name === "layer" && rule.params.trim() === "properties";

/** @returns {import("postcss").Plugin} */
export function cssPropertyFallback() {
  return {
    postcssPlugin: "css-property-fallback",
    OnceExit(root) {
      /** @type {Set<string>} */
      const fallback = new Set();
      root.walkAtRules("layer", (layer) => {
        if (!isPropertiesLayer(layer)) return;
        layer.walkAtRules("supports", (supports) => {
          supports.walkDecls((decl) => {
            if (decl.prop.startsWith("--")) fallback.add(decl.prop);
          });
          supports.replaceWith(supports.nodes ?? []);
        });
      });
      root.walkAtRules("property", (rule) => {
        const name = rule.params.trim();
        if (!fallback.has(name)) {
          throw new Error(
            `css-property-fallback: @property ${name} has no fallback value in @layer properties; expected Tailwind to give one, so the rule can be dropped safely.`,
          );
        }
        rule.remove();
      });
    },
  };
}
cssPropertyFallback.postcss = true;
