export const pledgeKeys = {
  all: ['pledges'] as const,
  detail: (vendorId: string) => ['pledges', 'detail', vendorId] as const,
  audit: (vendorId: string) => ['pledges', 'audit', vendorId] as const,
  auditPage: (vendorId: string, page: number) => ['pledges', 'audit', vendorId, page] as const,
};

export const agreementKeys = {
  all: ['agreements'] as const,
  current: ['agreements', 'current'] as const,
  list: ['agreements', 'list'] as const,
};
