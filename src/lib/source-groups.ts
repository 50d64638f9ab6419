/** The groups the sources pages list, in order; a source's number follows this order. */
export const sourceGroups = ["company", "regulators", "news", "advocacy"] as const;

export type SourceGroup = (typeof sourceGroups)[number];
