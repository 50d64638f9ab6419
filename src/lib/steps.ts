/**
 * Finds the top-level `<li>` elements of the list in `html`, gives each the id `${prefix}-${word}-N`
 * (`iphone-step-2` in English, `iphone-etape-2` in French),
 * and appends `extra(id, n)` at the end of each (the copy-link control). Nested lists are left
 * alone. Throws when there is no list, when a step has no text, or when a step already has an id.
 */
export function numberSteps(
  html: string,
  prefix: string,
  extra: (id: string, n: number) => string,
  word = "step",
): string {
  const tag = /<(\/?)(ol|ul|li)\b[^>]*>/g;
  const openItems: { isStep: boolean; contentStart: number }[] = [];
  let depth = 0;
  let n = 0;
  let out = "";
  let copied = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const [whole, closing, name] = m;
    if (name !== "li") {
      depth += closing ? -1 : 1;
    } else if (!closing) {
      const isStep = depth === 1;
      openItems.push({ isStep, contentStart: m.index + whole.length });
      if (!isStep) continue;
      n += 1;
      if (/\sid=/.test(whole)) throw new Error(`step ${n} of "${prefix}" already has an id.`);
      out += html.slice(copied, m.index) + whole.replace(/^<li/, `<li id="${prefix}-${word}-${n}"`);
      copied = m.index + whole.length;
    } else {
      const item = openItems.pop();
      if (!item?.isStep) continue;
      if (!textOf(html.slice(item.contentStart, m.index)))
        throw new Error(`step ${n} of "${prefix}" has no text.`);
      out += html.slice(copied, m.index) + extra(`${prefix}-${word}-${n}`, n);
      copied = m.index;
    }
  }
  if (n === 0) throw new Error(`<Steps prefix="${prefix}"> must wrap a numbered list (1. 2. 3.).`);
  return out + html.slice(copied);
}

/** The text of a piece of HTML, without its tags. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
