/**
 * Every page of the web app an e-mail points to, built from the configured public URL. Templates
 * take these instead of writing paths, so a page that moves is changed here once.
 */
export function mailLinks(publicUrl: string) {
  const at = (path: string) => `${publicUrl}${path}`;
  return {
    vendorPledge: at('/vendor/pledge'),
    vendorCheckpoints: at('/vendor/checkpoints'),
    vendorCheckpoint: (period: string) => at(`/vendor/checkpoints/${period}`),
    vendorComplaints: at('/vendor/complaints'),
    vendorComplaint: (id: string) => at(`/vendor/complaints/${id}`),
    vendorIntegrations: at('/vendor/integrations'),
    vendorTeam: at('/vendor/team'),
    adminVendor: (vendorId: string) => at(`/admin/vendors/${vendorId}`),
    adminCheckpoint: (vendorId: string, period: string) => at(`/admin/vendors/${vendorId}/checkpoints/${period}`),
    adminComplaint: (id: string) => at(`/admin/complaints/${id}`),
    adminWatchlist: at('/admin/watchlist'),
    adminApplications: at('/admin/applications'),
    adminIntegrations: at('/admin/integrations'),
    login: at('/login'),
    apply: at('/apply'),
    joinRequestConfirmation: (token: string) => at(`/join-requests/confirm/${token}`),
    accountTwoFactor: at('/account/two-factor'),
    invitation: (token: string) => at(`/invitations/${token}`),
    passwordReset: (token: string) => at(`/reset-password/${token}`),
    emailChange: (token: string) => at(`/confirm-email/${token}`),
    complaintConfirmation: (token: string) => at(`/complaints/confirm/${token}`),
    complaintOutcome: (token: string) => at(`/complaints/outcome/${token}`),
    complaintQuestion: (token: string) => at(`/complaints/details/${token}`),
  };
}
export type MailLinks = ReturnType<typeof mailLinks>;

/** What a template returns: the message without its recipient. */
export interface MailContent {
  subject: string;
  text: string;
}
