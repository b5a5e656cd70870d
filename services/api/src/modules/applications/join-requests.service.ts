import { IsNull } from 'typeorm';
import { type AcceptedNotice, type ConfirmJoinRequestBody, DAY_MS, ErrorCode, type JoinRequestBody, type JoinRequestConfirmed, JOIN_INVITATION_INTERVAL_DAYS, mayInviteVendor, MEMBER_STATES, PLEDGE_STATES, type RequestedVendors, vendorDomainOf } from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { AppError, invalid } from '../../plugins/errors.ts';
import { hashToken, newToken } from '../accounts/index.ts';
import { mailLinks, queueMail } from '../mail/index.ts';
import { joinInvitationMail, joinRequestConfirmationMail } from './applications.mails.ts';
import { JoinRequest } from './join-request.entity.ts';

/**
 * "Ask this vendor to join" (issue 12): a buyer names a vendor that is not a member; once the buyer
 * confirms through their own e-mail, the registry invites the vendor to apply — at most once per
 * vendor (its site's domain) in 30 days — and the admin sees how many buyers asked for each.
 */

const CONFIRM_DAYS = 7;

export const JOIN_REQUEST_NOTICE: AcceptedNotice = { message: `Thank you. Confirm your request with the link we sent to your e-mail (it works for ${CONFIRM_DAYS} days); only then do we write to the vendor.` };

export async function requestJoin(ctx: AppContext, body: JoinRequestBody): Promise<AcceptedNotice> {
  const domain = vendorDomainOf(body.website);
  if (!domain) throw invalid([{ field: 'website', in: 'body', message: 'must be the vendor’s web address' }]);
  // A member is in the directory already: say so instead of inviting it. The database narrows the
  // members to sites that mention the domain; vendorDomainOf decides, as it does for the requests.
  const candidates = (await ctx.db.query(`SELECT name, slug, website FROM vendor WHERE strpos(lower(website), $1) > 0 AND pledge_state_order = ANY($2)`, [
    domain,
    MEMBER_STATES.map((state) => PLEDGE_STATES.indexOf(state)),
  ])) as { name: string; slug: string; website: string }[];
  const member = candidates.find((candidate) => vendorDomainOf(candidate.website) === domain);
  if (member) throw new AppError(ErrorCode.Duplicate, `${member.name} is already a member: see /verify/${member.slug}`, [{ field: 'website', in: 'body', message: `belongs to ${member.name}, already a member` }]);
  const token = newToken();
  await ctx.db.transaction(async (manager) => {
    await manager.insert(JoinRequest, {
      vendorName: body.vendorName.trim(),
      website: body.website,
      domain,
      contactEmail: body.contactEmail.toLowerCase(),
      requesterEmail: body.email.toLowerCase(),
      requesterName: body.name?.trim() || null,
      tokenHash: hashToken(token),
      confirmedAt: null,
      invitedAt: null,
      createdAt: ctx.clock(),
    });
    await queueMail(ctx, manager, { to: body.email, ...joinRequestConfirmationMail(mailLinks(ctx.config.publicUrl), { vendorName: body.vendorName.trim(), token }) });
  });
  return JOIN_REQUEST_NOTICE;
}

/** The buyer confirms; the vendor is e-mailed unless the registry wrote to it in the last 30 days. */
export async function confirmJoinRequest(ctx: AppContext, body: ConfirmJoinRequestBody): Promise<JoinRequestConfirmed> {
  return ctx.db.transaction(async (manager) => {
    const now = ctx.clock();
    const request = await manager.getRepository(JoinRequest).findOne({ where: { tokenHash: hashToken(body.token), confirmedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
    if (!request || now.getTime() - request.createdAt.getTime() > CONFIRM_DAYS * DAY_MS) throw new AppError(ErrorCode.TokenInvalid);
    // One writer per vendor domain at a time, so two confirmations cannot both invite it.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('join_request:' || $1))`, [request.domain]);
    const [last] = (await manager.query(`SELECT max(invited_at) AS at FROM join_request WHERE domain = $1`, [request.domain])) as { at: Date | null }[];
    const invite = mayInviteVendor(last?.at ? new Date(last.at) : null, now);
    await manager.update(JoinRequest, { id: request.id }, { confirmedAt: now, tokenHash: null, invitedAt: invite ? now : null });
    if (invite) await queueMail(ctx, manager, { to: request.contactEmail, ...joinInvitationMail(mailLinks(ctx.config.publicUrl), { vendorName: request.vendorName }) });
    return {
      vendorName: request.vendorName,
      invited: invite,
      message: invite
        ? `We wrote to ${request.vendorName} and invited it to apply. Thank you.`
        : `Another customer asked recently and we wrote to ${request.vendorName} then. We write to a vendor at most once in ${JOIN_INVITATION_INTERVAL_DAYS} days; your request is counted, and the registry's team sees how many customers asked for it.`,
    };
  });
}

/** For the admin: the vendors asked for most, with their confirmed requests. */
export async function requestedVendors(ctx: AppContext): Promise<RequestedVendors> {
  const rows = (await ctx.db.query(
    `SELECT domain,
            (array_agg(vendor_name ORDER BY confirmed_at DESC))[1] AS vendor_name,
            (array_agg(website ORDER BY confirmed_at DESC))[1] AS website,
            count(*)::int AS requests, max(confirmed_at) AS last_asked_at, max(invited_at) AS last_invited_at
       FROM join_request WHERE confirmed_at IS NOT NULL
      GROUP BY domain ORDER BY count(*) DESC, max(confirmed_at) DESC LIMIT 200`,
  )) as { domain: string; vendor_name: string; website: string; requests: number; last_asked_at: Date; last_invited_at: Date | null }[];
  return {
    items: rows.map((r) => ({
      domain: r.domain,
      vendorName: r.vendor_name,
      website: r.website,
      requests: r.requests,
      lastAskedAt: new Date(r.last_asked_at).toISOString(),
      lastInvitedAt: r.last_invited_at ? new Date(r.last_invited_at).toISOString() : null,
    })),
  };
}
