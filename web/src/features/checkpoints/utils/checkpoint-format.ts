const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const signed = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

const DASH = '—';

export const formatCount = (value: number | null | undefined): string => (value === null || value === undefined ? DASH : whole.format(value));
export const formatDecimal = (value: number | null | undefined): string => (value === null || value === undefined ? DASH : decimal.format(value));

/** A 0–1 fraction as a percentage: 0.953 → "95.3%". */
export const formatShare = (value: number | null | undefined): string => (value === null || value === undefined ? DASH : `${oneDecimal.format(value * 100)}%`);

/** A value already in percent (NPS group shares, response rate). */
export const formatPercent = (value: number | null | undefined): string => (value === null || value === undefined ? DASH : `${oneDecimal.format(value)}%`);

/** NPS points keep their sign: "+42", "−8", "0". */
export const formatNps = (value: number | null | undefined): string => (value === null || value === undefined ? DASH : signed.format(value));

export const formatMinutes = (value: number | null | undefined): string => (value === null || value === undefined ? DASH : `${decimal.format(value)} min`);
