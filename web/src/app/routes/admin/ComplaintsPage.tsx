import { ComplaintListQuery } from '@cep/shared';
import { Link } from 'react-router';
import { ComplaintFilters, ComplaintQueue } from '../../../features/complaints/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';
import { useUrlFilters } from '../../../hooks/useUrlFilters.ts';

/** The admin's complaint queue. Filters live in the URL, so the watch list can link to one vendor's complaints. */
export function ComplaintsPage() {
  usePageTitle('Complaints');
  const { query, raw, update, pager } = useUrlFilters(ComplaintListQuery);
  // The fields show what was typed; the list asks only what the query schema accepts.
  const values = { state: raw('state'), vendorId: raw('vendorId'), promise: raw('promise'), minAgeDays: raw('minAgeDays'), maxAgeDays: raw('maxAgeDays') };
  return (
    <div className="page">
      <h1>Complaints</h1>
      <p className="lead">
        Confirmed complaints, oldest first. Forward each to its vendor or dismiss it with a reason; the <Link to="/admin/watchlist">watch list</Link> shows vendors
        with a high level of complaints.
      </p>
      <ComplaintFilters values={values} onChange={update} />
      <ComplaintQueue query={query} pager={pager} />
    </div>
  );
}
