import { timelineRoute } from "../../lib/open-data-route.ts";

// Every event of the timeline, in French, as open data.
export const GET = timelineRoute("fr");
