import { Button } from '../../../components/ui/Button.tsx';
import { EmptyState } from '../../../components/ui/EmptyState.tsx';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { Table } from '../../../components/ui/Table.tsx';
import { useBadgeStats } from '../hooks/useBadgeStats.ts';

const count = new Intl.NumberFormat();

/**
 * How often the badge was requested over the last days, and from which sites: a request from a page
 * on a domain the vendor has not listed got the grey "unverified site" badge. `compact` is the admin's
 * smaller version.
 */
export function BadgeViews({ vendorId, compact = false }: { vendorId: string; compact?: boolean }) {
  const stats = useBadgeStats(vendorId);
  return (
    <Loadable query={stats} loading="Loading the badge views…" errorTitle="The badge views could not be loaded">
      {(viewStats) => {
        const { days, views, unverified, byDomain } = viewStats;
        const refresh = (
          <Button variant="secondary" size="small" busy={stats.isFetching} onClick={() => void stats.refetch()}>
            Refresh the counts
          </Button>
        );
        if (byDomain.length === 0) {
          return (
            <EmptyState title={`No badge requests in the last ${days} days`}>
              <p>Counts appear here once a page shows the badge.</p>
              {compact ? null : refresh}
            </EmptyState>
          );
        }
        return (
          <div className={compact ? 'badge-views compact' : 'badge-views'} aria-busy={stats.isFetching || undefined}>
            <dl className="figures">
              <div>
                <dt>Badge requests</dt>
                <dd>{count.format(views + unverified)}</dd>
              </div>
              <div>
                <dt>Shown as verified</dt>
                <dd>{count.format(views)}</dd>
              </div>
              <div>
                <dt>Shown as “unverified site”</dt>
                <dd className={unverified > 0 ? 'figure-warning' : undefined}>{count.format(unverified)}</dd>
              </div>
            </dl>
            <Table caption={`Badge requests by site, last ${days} days`}>
              <thead>
                <tr>
                  <th scope="col">Site</th>
                  <th scope="col" className="numeric">
                    Verified
                  </th>
                  <th scope="col" className="numeric">
                    Unverified site
                  </th>
                </tr>
              </thead>
              <tbody>
                {byDomain.map((row) => (
                  <tr key={row.domain}>
                    <th scope="row">{row.domain}</th>
                    <td className="numeric">{count.format(row.views)}</td>
                    <td className="numeric">{count.format(row.unverified)}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
            {compact ? null : (
              <div className="form-actions">
                {refresh}
                <p className="field-hint">“(no referrer)” counts pages that do not say where they are, including the registry’s own pages.</p>
              </div>
            )}
          </div>
        );
      }}
    </Loadable>
  );
}
