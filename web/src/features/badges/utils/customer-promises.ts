/** A first-response target as a customer reads it: business minutes, or hours when whole. */
export function targetLabel(minutes: number): string {
  if (minutes >= 60 && minutes % 60 === 0) return `${minutes / 60} business hour${minutes === 60 ? '' : 's'}`;
  return `${minutes} business minute${minutes === 1 ? '' : 's'}`;
}
