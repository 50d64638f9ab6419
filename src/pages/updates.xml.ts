import type { APIRoute } from "astro";
import { feedResponse } from "../lib/atom";

export const GET: APIRoute = ({ site }) => feedResponse("en", site);
