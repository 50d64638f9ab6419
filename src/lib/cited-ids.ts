/** The ids that a piece of MDX cites through `<Cite id>`, `<Quote cite>` and `<BasedOn ids>`. */
export function citedIds(mdx: string): string[] {
  const ids: string[] = [];
  for (const m of mdx.matchAll(/<(?:Cite\s+id|Quote\s[^>]*?cite)="([^"]+)"/g)) ids.push(m[1] ?? "");
  for (const m of mdx.matchAll(/<BasedOn\s+ids="([^"]+)"/g)) ids.push(...(m[1] ?? "").split(/\s+/));
  return ids.filter(Boolean);
}
