import { type ResponseTarget, type VendorMetrics, isDelivered, metricsPointOf, periodTopIssues } from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { notFound } from '../../plugins/errors.ts';
import { assertVendorAccess, type Principal } from '../../plugins/auth.ts';
import { heldTargets } from '../pledges/index.ts';
import { Vendor } from '../vendors/index.ts';
import { checkpointRows, type MetricsRow as Row } from './checkpoints.queries.ts';

/**
 * Trends (SPEC §5): for each period a vendor delivered (submitted or accepted), the figures the
 * registry computed — `metricsPointOf`, from the same figures the submission page shows, so a chart never
 * disagrees with the page it links to. Returned and draft data are not evidence and are not
 * plotted, but their top issues still count for recurrence, as on the page.
 */

function seriesOf(rows: Row[], target: ResponseTarget): VendorMetrics {
  const first = rows[0];
  const history = rows.map((r) => periodTopIssues(r.period, r.data));
  const series = rows.flatMap(({ period, status, data, ticket_import: ticketImport }) => (isDelivered(status) ? [metricsPointOf({ period, status, data, ticketImport }, target, history)] : []));
  return { vendorId: first?.vendor_id ?? '', vendorName: first?.vendor_name ?? '', threshold: target.threshold, series };
}

export async function vendorMetrics(ctx: AppContext, principal: Principal, vendorId: string): Promise<VendorMetrics> {
  assertVendorAccess(principal, vendorId);
  const vendor = await ctx.db.getRepository(Vendor).findOneBy({ id: vendorId });
  if (!vendor) throw notFound('Vendor');
  const targetOf = await heldTargets(ctx.db.manager, [vendorId], ctx.clock());
  const metrics = seriesOf(await checkpointRows(ctx.db.manager, vendorId), targetOf(vendorId));
  return { ...metrics, vendorId, vendorName: vendor.name };
}
