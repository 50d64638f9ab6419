import { sourcesJsonRoute } from "../../lib/open-data-route.ts";

// Every source, in English and French, as open data.
export const GET = sourcesJsonRoute;
