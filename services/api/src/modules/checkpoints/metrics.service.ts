import { type ProgramMetrics, type ResponseTarget, type VendorMetrics, checkpointFigures, isDelivered, periodTopIssues } from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { notFound } from '../../plugins/errors.ts';
import { assertVendorAccess, type Principal } from '../../plugins/auth.ts';
import { heldTargets } from '../pledges/index.ts';
import { Vendor } from '../vendors/index.ts';
import { checkpointRows, type MetricsRow as Row } from './checkpoints.queries.ts';

/**
 * Trends (SPEC §5): for each period a vendor delivered (submitted or accepted), the figures the
 * registry computed — the same `checkpointFigures` the submission page shows, so a chart never
 * disagrees with the page it links to. Returned and draft data are not evidence and are not
 * plotted, but their top issues still count for recurrence, as on the page.
 */

function seriesOf(rows: Row[], { targetMinutes, threshold }: ResponseTarget): VendorMetrics {
  const first = rows[0];
  const history = rows.map((r) => periodTopIssues(r.period, r.data));
  const series = rows.flatMap(({ status, ...r }) => {
    if (!isDelivered(status)) return [];
    const f = checkpointFigures(r.data, { period: r.period, targetMinutes, threshold, ticketImport: r.ticket_import, history });
    return {
      period: r.period,
      status,
      shareWithinTarget: f.responsiveness.shareWithinTarget,
      medianBusinessMinutes: f.responsiveness.medianBusinessMinutes,
      p90BusinessMinutes: f.responsiveness.p90BusinessMinutes,
      contactsPerClient: f.contactsPerClient,
      nps: f.nps?.score ?? null,
      npsLow: f.nps?.interval.low ?? null,
      npsHigh: f.nps?.interval.high ?? null,
      npsResponses: r.data.nps?.responses ?? null,
      recurringIssues: f.issues.filter((i) => i.recurring).length,
      chronicIssues: f.issues.filter((i) => i.chronic).length,
      promise3Met: f.promise3.met,
    };
  });
  return { vendorId: first?.vendor_id ?? '', vendorName: first?.vendor_name ?? '', threshold, series };
}

export async function vendorMetrics(ctx: AppContext, principal: Principal, vendorId: string): Promise<VendorMetrics> {
  assertVendorAccess(principal, vendorId);
  const vendor = await ctx.db.getRepository(Vendor).findOneBy({ id: vendorId });
  if (!vendor) throw notFound('Vendor');
  const targetOf = await heldTargets(ctx.db.manager, [vendorId], ctx.clock());
  const metrics = seriesOf(await checkpointRows(ctx.db.manager, vendorId), targetOf(vendorId));
  return { ...metrics, vendorId, vendorName: vendor.name };
}

/** Every vendor that delivered data, for the admin's program page. */
export async function programMetrics(ctx: AppContext): Promise<ProgramMetrics> {
  const rows = await checkpointRows(ctx.db.manager, null);
  const targetOf = await heldTargets(ctx.db.manager, 'all', ctx.clock());
  const byVendor = new Map<string, Row[]>();
  for (const row of rows) byVendor.set(row.vendor_id, [...(byVendor.get(row.vendor_id) ?? []), row]);
  return { vendors: [...byVendor].map(([vendorId, vendorRows]) => seriesOf(vendorRows, targetOf(vendorId))).filter((v) => v.series.length > 0) };
}
