import { readFile } from "node:fs/promises";
import { parse } from "yaml";

/**
 * Reads a YAML file that holds a list of entries, each with a unique `id`, for a content collection.
 * Fails with the file's name and the problem: YAML that does not parse, an entry without an id, or
 * an id used twice (which the built-in loader would silently overwrite).
 */
export async function readYamlList(file: string): Promise<{ id: string; [key: string]: unknown }[]> {
  let data: unknown;
  try {
    data = parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new Error(`${file}: could not be read as YAML: ${(error as Error).message}`, { cause: error });
  }
  if (!Array.isArray(data))
    throw new Error(`${file}: expected a list of entries, each starting with "- id:".`);
  const seen = new Set<string>();
  return data.map((entry: Record<string, unknown>, i) => {
    const id = entry?.id;
    if (typeof id !== "string" || !id) throw new Error(`${file}: entry ${i + 1} has no \`id\`.`);
    if (seen.has(id)) throw new Error(`${file}: the id "${id}" is used twice; each id must be unique.`);
    seen.add(id);
    return { ...entry, id };
  });
}
