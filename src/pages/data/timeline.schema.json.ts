import { schemaRoute } from "../../lib/open-data-route.ts";
import { timelineSchema } from "../../lib/open-data.ts";

// The JSON Schema of timeline.json and timeline.fr.json.
export const GET = schemaRoute(timelineSchema);
