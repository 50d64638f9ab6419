import { feedRoute } from "../../lib/feed-route.ts";

// The French feed's first address, kept for readers who subscribed to it (hosts that read
// public/_redirects send them to /fr/mises-a-jour.xml instead).
export const GET = feedRoute("fr", "/fr/updates.xml");
