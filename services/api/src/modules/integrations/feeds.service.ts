import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  type BulkStatusList,
  type DirectoryChange,
  type DirectoryChangeList,
  type DirectoryChangesQuery,
  type DomainEvent,
  EventType,
  type PledgeState,
  changeHeadline,
  isMemberState,
} from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { invalid } from '../../plugins/errors.ts';
import type { BadgeCache } from '../badges/index.ts';
import { eventsAfter, type FeedPosition, latestEvents } from './events.queries.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const verifyUrl = (publicUrl: string, slug: string) => `${publicUrl}/verify/${slug}`;

/** A strong validator of an answer's body: equal bodies, equal tags. */
export const etagOfBody = (body: string): string => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/**
 * Each asked vendor's standing, from the badge cache (what the badges themselves show, kept current
 * by the database's change notifications): no query, so a thousand slugs cost as little as one.
 * Anything unknown — a typo, a vendor never approved — is simply not a member.
 */
export function bulkStatus(cache: BadgeCache, publicUrl: string, vendors: readonly string[]): BulkStatusList {
  return {
    items: vendors.map((query) => {
      const key = query.trim().toLowerCase();
      const entry = cache.get(key) ?? (UUID.test(key) ? cache.byId(key) : undefined);
      if (!entry) return { query, id: null, slug: null, name: null, status: 'not_member', member: false, memberSince: null, lastCheckedPeriod: null, nextDueDate: null, verifyUrl: null };
      const v = entry.verification;
      return {
        query,
        id: entry.vendorId,
        slug: entry.slug,
        name: v.name,
        status: entry.status,
        member: entry.status !== 'not_member',
        memberSince: v.memberSince,
        lastCheckedPeriod: v.lastCheckedPeriod,
        nextDueDate: v.nextDueDate,
        verifyUrl: verifyUrl(publicUrl, entry.slug),
      };
    }),
  };
}

/** Cursors are opaque to clients: the feed position, base64url. */
const START: FeedPosition = { txId: '0', position: '0' };
const encodeCursor = (p: FeedPosition) => Buffer.from(`${p.txId}.${p.position}`).toString('base64url');
function decodeCursor(text: string): FeedPosition {
  const match = /^(\d{1,20})\.(\d{1,20})$/.exec(Buffer.from(text, 'base64url').toString('utf8'));
  if (!match?.[1] || !match[2]) throw invalid([{ field: 'after', in: 'querystring', message: 'must be the `next` cursor of a previous answer' }]);
  return { txId: match[1], position: match[2] };
}

const STANDING_TYPES = [EventType.PledgeStateChanged];

function toChange(publicUrl: string, e: DomainEvent): DirectoryChange | null {
  if (!e.vendor || e.sequence === null) return null;
  const from = e.data.from as PledgeState;
  const to = e.data.to as PledgeState;
  return { id: e.id, at: e.timestamp, vendor: e.vendor, sequence: e.sequence, from, to, member: isMemberState(to), headline: changeHeadline(e.vendor.name, from, to), verifyUrl: verifyUrl(publicUrl, e.vendor.slug) };
}

/**
 * Every change of a vendor's standing after the cursor, oldest first (the order they committed
 * in). `next` resumes after the last one; with nothing new it is the cursor given, so a poller
 * simply keeps calling with what it was last told.
 */
export async function directoryChanges(ctx: AppContext, query: DirectoryChangesQuery): Promise<DirectoryChangeList> {
  const after = query.after ? decodeCursor(query.after) : START;
  const { events, last } = await eventsAfter(ctx.db.manager, after, STANDING_TYPES, query.limit ?? 100);
  return { items: events.map((e) => toChange(ctx.config.publicUrl, e)).filter((c): c is DirectoryChange => c !== null), next: encodeCursor(last ?? after) };
}

/** The latest changes, newest first, for the public Atom and JSON feeds. */
export async function latestChanges(manager: EntityManager, publicUrl: string, limit: number): Promise<DirectoryChange[]> {
  return (await latestEvents(manager, STANDING_TYPES, limit)).map((e) => toChange(publicUrl, e)).filter((c): c is DirectoryChange => c !== null);
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The changes as an Atom 1.0 feed (RFC 4287). */
export function atomFeed(publicUrl: string, changes: readonly DirectoryChange[], now: Date): string {
  const updated = changes[0]?.at ?? now.toISOString();
  const entries = changes.map(
    (c) => `  <entry>
    <id>urn:uuid:${c.id}</id>
    <title>${xml(c.headline)}</title>
    <updated>${c.at}</updated>
    <link rel="alternate" href="${xml(c.verifyUrl)}"/>
    <summary>${xml(`${c.headline}. Verify ${c.vendor.name}’s standing at ${c.verifyUrl}`)}</summary>
  </entry>`,
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    '  <title>Customer Excellence Pledge: directory changes</title>',
    `  <id>${xml(publicUrl)}/api/v1/directory/changes.atom</id>`,
    `  <link rel="self" href="${xml(publicUrl)}/api/v1/directory/changes.atom"/>`,
    `  <link rel="alternate" href="${xml(publicUrl)}/directory"/>`,
    `  <updated>${updated}</updated>`,
    '  <author><name>Customer Excellence Pledge Registry</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** The changes as a JSON Feed 1.1 (jsonfeed.org). */
export function jsonFeed(publicUrl: string, changes: readonly DirectoryChange[]): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Customer Excellence Pledge: directory changes',
    home_page_url: `${publicUrl}/directory`,
    feed_url: `${publicUrl}/api/v1/directory/changes.json`,
    items: changes.map((c) => ({ id: c.id, url: c.verifyUrl, title: c.headline, content_text: `${c.headline}.`, date_published: c.at, _cep: { vendor: c.vendor, from: c.from, to: c.to, member: c.member } })),
  };
}
