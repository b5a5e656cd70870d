/** Where a vendor enters a period's data. */
export const vendorPeriodHref = (period: string): string => `/vendor/checkpoints/${period}`;

/** Where the admin reviews a vendor's period. */
export const submissionHref = (vendorId: string, period: string): string => `/admin/vendors/${encodeURIComponent(vendorId)}/checkpoints/${period}`;
