// The site's Content Security Policy, in one list. astro.config.mjs gives it to Astro, which writes it
// into every page's <meta> with the hashes of the page's inline styles and scripts; the build then
// writes the same policy into dist/_headers (src/lib/build/security-headers.mjs), with what only a
// header can say.

/** The directives every page carries. Astro adds script-src and style-src with their hashes. */
export const cspDirectives = /** @type {const} */ ([
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "worker-src 'self'",
]);

/** Directives a <meta> policy cannot carry; they go in the header only. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"];

/** Splits a policy into directive name → values. */
export function parsePolicy(text) {
  return new Map(
    text
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name, values]),
  );
}

/** Writes directive name → values back as a policy. */
export function formatPolicy(policy) {
  return [...policy].map(([name, values]) => [name, ...values].join(" ")).join("; ");
}
