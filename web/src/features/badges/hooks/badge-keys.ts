export const badgeKeys = {
  // Under 'directory': public data, kept across sign-outs, and refreshed when a profile is saved.
  verification: (slug: string) => ['directory', 'verification', slug] as const,
  stats: (vendorId: string, days: number) => ['badges', 'stats', vendorId, days] as const,
};
