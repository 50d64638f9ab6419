import { schemaRoute } from "../../lib/open-data-route.ts";
import { sourcesSchema } from "../../lib/open-data.ts";

// The JSON Schema of sources.json.
export const GET = schemaRoute(sourcesSchema);
