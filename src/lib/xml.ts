const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text or an attribute value made safe to write into XML (feeds, the sitemap, the drawings). */
export function escapeXml(text: string): string {
  return [...text].map((ch) => entities[ch] ?? ch).join("");
}
