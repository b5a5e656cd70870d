/** Enumerations shared by the API, its database and the web app. */

export const Role = { Admin: 'admin', VendorOwner: 'vendor_owner', VendorMember: 'vendor_member' } as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES = Object.values(Role);

export const ApplicationStatus = { Pending: 'pending', Approved: 'approved', Rejected: 'rejected' } as const;
export type ApplicationStatus = (typeof ApplicationStatus)[keyof typeof ApplicationStatus];
export const APPLICATION_STATUSES = Object.values(ApplicationStatus);

export const MailStatus = { Queued: 'queued', Held: 'held', Sent: 'sent', Failed: 'failed' } as const;
export type MailStatus = (typeof MailStatus)[keyof typeof MailStatus];
export const MAIL_STATUSES = Object.values(MailStatus);

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
