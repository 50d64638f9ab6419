// How numbers are written, in one place, so the console, the goals and the tables of the report
// give the same value the same form (1 kB is 1,000 bytes everywhere).

export const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
export const ms = (value) => `${Math.round(value)} ms`;
export const bytesExact = (bytes) => `${bytes.toLocaleString("en")} bytes`;
export const requestCount = (n) => `${n} requests`;
export const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** a / b to two decimals, or null when there is nothing to divide by. */
export const ratio = (a, b) => (b > 0 ? Number((a / b).toFixed(2)) : null);
