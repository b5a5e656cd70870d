/**
 * Badges: a vendor's public standing — the live badge (cached per instance, served before Fastify
 * routes it), its views, the directory and the verification page's data — read once by
 * `readStandings` so they can never disagree.
 */
export { type BadgeCache, createBadgeCache } from './badge-cache.ts';
export { createBadgeServing } from './badge-front-door.ts';
export { readStandings, type StandingRow, verificationOf } from './badge-read.ts';
export { createBadgeViews } from './badge-views.ts';
export { badgeStatsRoutes, badgesRoutes } from './badges.routes.ts';
export { directoryRoutes } from './directory.routes.ts';
export { findVerification, listDirectory } from './directory.service.ts';
