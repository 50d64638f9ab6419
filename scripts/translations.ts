// Lists each English page (and block of the helper's results), its revision, and whether its French translation is up to date.
// When you bring a French page up to date, copy the English revision into its `translationOf`.
// With --check, exits with 1 when any translation is missing or behind.
import { translationStatus } from "../src/lib/translation-status.ts";

const all = [...translationStatus("content/pages"), ...translationStatus("content/helper")];
for (const t of all) console.log(`${t.revision}  ${t.english}  ->  ${t.french ?? "-"}  ${t.status}`);
const behind = all.filter((t) => t.status !== "up to date").length;
process.exit(behind && process.argv.includes("--check") ? 1 : 0);
