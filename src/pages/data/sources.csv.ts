import { sourcesCsvRoute } from "../../lib/open-data-route.ts";

// Every source as a CSV table (RFC 4180), with the columns of sources.json.
export const GET = sourcesCsvRoute;
