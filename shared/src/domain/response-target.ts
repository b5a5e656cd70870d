/**
 * Promise 3 (SPEC §3): the business minutes a first response must come within, and the share of
 * first responses that must meet it.
 */
export interface ResponseTarget {
  targetMinutes: number;
  threshold: number;
}

/**
 * The target a vendor is held to: the one of the agreement version it signed; before it signs, the
 * current agreement's. Every figure (submission page, trends, review queue) reads this one rule.
 */
export function heldTarget(signed: ResponseTarget | null, current: ResponseTarget): ResponseTarget {
  return signed ?? current;
}
