/**
 * Lengths of time in milliseconds, for arithmetic on instants. A day here is 24 hours of elapsed
 * time (what an expiry or a "30 days since" means); calendar days in a time zone are the business
 * clock's and the periods' concern, not these constants'.
 */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
