// A page promises its facts were right on its `reviewed` date. Past this many days, readers are told
// the facts may have changed since.
export const staleAfterDays = 120;

const day = 24 * 60 * 60 * 1000;

/**
 * The day the build counts as today: BUILD_DATE (YYYY-MM-DD) when set, so tests and reproducible
 * builds do not depend on the day they run; otherwise the current UTC date.
 */
export function buildDate(value: string | undefined = process.env["BUILD_DATE"]): Date {
  if (value === undefined || value === "") return new Date(new Date().toISOString().slice(0, 10));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new Error(`BUILD_DATE is "${value}"; expected a date written as YYYY-MM-DD.`);
  }
  return new Date(value);
}

/** Whole days from `reviewed` to `today`. */
export function ageInDays(reviewed: Date, today: Date): number {
  return Math.floor((today.getTime() - reviewed.getTime()) / day);
}

/** Whether a page checked on `reviewed` is too old to be trusted without a warning on `today`. */
export function isStale(reviewed: Date, today: Date, days = staleAfterDays): boolean {
  return ageInDays(reviewed, today) > days;
}
