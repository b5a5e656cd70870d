import { Foundation1763830000000 } from './1763830000000-foundation.ts';
import { Pledges1763900000000 } from './1763900000000-pledges.ts';
import { Badges1763950000000 } from './1763950000000-badges.ts';
import { Checkpoints1764000000000 } from './1764000000000-checkpoints.ts';
import { Complaints1764100000000 } from './1764100000000-complaints.ts';
import { MemberSince1764200000000 } from './1764200000000-member-since.ts';
import { Credentials1764300000000 } from './1764300000000-credentials.ts';
import { DomainEvents1764400000000 } from './1764400000000-domain-events.ts';
import { ApiKeys1764500000000 } from './1764500000000-api-keys.ts';
import { Webhooks1764600000000 } from './1764600000000-webhooks.ts';
import { RateLimits1764700000000 } from './1764700000000-rate-limits.ts';
import { ProgramFigures1764800000000 } from './1764800000000-program-figures.ts';
import { KeysetPaging1764900000000 } from './1764900000000-keyset-paging.ts';
import { AccountRecovery1765000000000 } from './1765000000000-account-recovery.ts';
import { SignInSessions1765100000000 } from './1765100000000-sign-in-sessions.ts';
import { TwoFactor1765200000000 } from './1765200000000-two-factor.ts';
import { ComplaintConversation1765300000000 } from './1765300000000-complaint-conversation.ts';
import { ReviewThread1765400000000 } from './1765400000000-review-thread.ts';
import { DirectoryOrder1765500000000 } from './1765500000000-directory-order.ts';
import { JoinRequests1765600000000 } from './1765600000000-join-requests.ts';
import { DirectorySearch1765700000000 } from './1765700000000-directory-search.ts';

/**
 * Every migration, oldest first. Kept apart from the entities so that building a database from
 * them alone (the test set-up's template) loads SQL only.
 */
export const MIGRATIONS = [Foundation1763830000000, Pledges1763900000000, Badges1763950000000, Checkpoints1764000000000, Complaints1764100000000, MemberSince1764200000000, Credentials1764300000000, DomainEvents1764400000000, ApiKeys1764500000000, Webhooks1764600000000, RateLimits1764700000000, ProgramFigures1764800000000, KeysetPaging1764900000000, AccountRecovery1765000000000, SignInSessions1765100000000, TwoFactor1765200000000, ComplaintConversation1765300000000, ReviewThread1765400000000, DirectoryOrder1765500000000, JoinRequests1765600000000, DirectorySearch1765700000000];
