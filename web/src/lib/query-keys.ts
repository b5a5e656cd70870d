import type { ComplaintListQuery, DirectoryCategoriesQuery, DirectoryQuery, ListApplicationsQuery, ListOutboxQuery, ListVendorsQuery, SubmissionQueueQuery } from '@cep/shared';

/**
 * Every TanStack Query key of the app, in one factory. A key starts with its family, so one call
 * invalidates a whole family (`queryKeys.directory.all`) and a feature can refresh another's data
 * without knowing its key by heart — nor importing that feature.
 *
 * Public families (the same answer for everyone) are listed in `PUBLIC_FAMILIES`: they survive a
 * sign-out; everything else belongs to the signed-in account.
 */
export const queryKeys = {
  session: ['session'] as const,
  devices: ['devices'] as const,
  twoFactor: ['two-factor'] as const,
  requestedVendors: ['requested-vendors'] as const,
  home: {
    vendor: (vendorId: string) => ['home', 'vendor', vendorId] as const,
    inbox: ['home', 'inbox'] as const,
  },
  invitation: (token: string) => ['invitations', token] as const,
  passwordReset: (token: string) => ['password-resets', token] as const,
  complaintResponse: (token: string) => ['complaint-responses', token] as const,
  complaintQuestion: (token: string) => ['complaint-questions', token] as const,
  categories: ['categories'] as const,
  directory: {
    all: ['directory'] as const,
    list: (query: DirectoryQuery) => ['directory', query] as const,
    categories: (query: DirectoryCategoriesQuery) => ['directory', 'categories', query] as const,
    verification: (slug: string) => ['directory', 'verification', slug] as const,
  },
  badges: {
    stats: (vendorId: string, days: number) => ['badges', 'stats', vendorId, days] as const,
  },
  credentials: {
    vendor: (vendorId: string) => ['credentials', 'vendor', vendorId] as const,
  },
  vendors: {
    all: ['vendors'] as const,
    lists: ['vendors', 'list'] as const,
    list: (query: ListVendorsQuery) => ['vendors', 'list', query] as const,
    detail: (id: string) => ['vendors', 'detail', id] as const,
    members: (id: string) => ['vendors', 'members', id] as const,
  },
  pledges: {
    all: ['pledges'] as const,
    detail: (vendorId: string) => ['pledges', 'detail', vendorId] as const,
    audit: (vendorId: string) => ['pledges', 'audit', vendorId] as const,
    auditPage: (vendorId: string, after: string | undefined) => ['pledges', 'audit', vendorId, after ?? ''] as const,
  },
  agreements: {
    all: ['agreements'] as const,
    current: ['agreements', 'current'] as const,
    list: ['agreements', 'list'] as const,
  },
  checkpoints: {
    vendor: (vendorId: string) => ['checkpoints', vendorId] as const,
    calendar: (vendorId: string) => ['checkpoints', vendorId, 'calendar'] as const,
    submission: (vendorId: string, period: string) => ['checkpoints', vendorId, 'submission', period] as const,
    metrics: (vendorId: string) => ['checkpoints', vendorId, 'metrics'] as const,
    queueAll: ['checkpoint-queue'] as const,
    queue: (query: SubmissionQueueQuery) => ['checkpoint-queue', query] as const,
    program: ['program-metrics'] as const,
  },
  complaints: {
    all: ['complaints'] as const,
    lists: ['complaints', 'list'] as const,
    list: (query: ComplaintListQuery) => ['complaints', 'list', query] as const,
    detail: (id: string) => ['complaints', 'detail', id] as const,
    watchList: ['complaints', 'watchlist'] as const,
    watchListPage: (query: object) => ['complaints', 'watchlist', query] as const,
  },
  integrations: {
    all: ['integrations'] as const,
    /** A vendor's keys, or the program's (null). */
    keys: (vendorId: string | null) => ['integrations', 'keys', vendorId ?? 'program'] as const,
    webhooks: ['integrations', 'webhooks'] as const,
    deliveries: (endpointId: string, before: string | undefined) => ['integrations', 'deliveries', endpointId, before ?? 'first'] as const,
  },
  applications: {
    all: ['applications'] as const,
    list: (query: ListApplicationsQuery) => ['applications', 'list', query] as const,
  },
  outbox: {
    all: ['outbox'] as const,
    list: (query: ListOutboxQuery) => ['outbox', query] as const,
  },
};

/** Families whose answers are the same for everyone: kept when one account signs out. */
export const PUBLIC_FAMILIES: ReadonlySet<unknown> = new Set([queryKeys.session[0], queryKeys.categories[0], queryKeys.directory.all[0], 'invitations', 'password-resets', 'complaint-responses', 'complaint-questions']);
