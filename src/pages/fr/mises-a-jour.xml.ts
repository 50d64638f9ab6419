import { feedRoute } from "../../lib/feed-route.ts";

export const GET = feedRoute("fr");
