/** The words of a timeline event in one language. */
export interface EventWords {
  title: string;
  text: string;
}

/**
 * Matches the French text of the events (content/timeline.fr.yaml) to the events
 * (content/timeline.yaml) by id. Every event needs its French text and every French entry its event,
 * so the French timeline can never silently fall back to English or keep a deleted event.
 */
export function frenchEvents(
  events: { id: string }[],
  french: { id: string; data: EventWords }[],
): Map<string, EventWords> {
  const byId = new Map(french.map((f) => [f.id, f.data]));
  const missing = events.filter((e) => !byId.has(e.id)).map((e) => e.id);
  const extra = french.filter((f) => !events.some((e) => e.id === f.id)).map((f) => f.id);
  if (missing.length || extra.length) {
    const parts = [
      missing.length ? `no French text for ${missing.map((id) => `"${id}"`).join(", ")}` : "",
      extra.length ? `no event in content/timeline.yaml for ${extra.map((id) => `"${id}"`).join(", ")}` : "",
    ].filter(Boolean);
    throw new Error(
      `content/timeline.fr.yaml: ${parts.join("; ")}. Expected one entry (id, title, text) for each event in content/timeline.yaml.`,
    );
  }
  return byId;
}
