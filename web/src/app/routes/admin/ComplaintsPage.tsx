import { COMPLAINT_PROMISES, type ComplaintListQuery, CONFIRMED_STATES } from '@cep/shared';
import { Link } from 'react-router';
import { ComplaintFilters, ComplaintQueue } from '../../../features/complaints/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';
import { useUrlFilters } from '../../../hooks/useUrlFilters.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const oneOf = <T extends string>(values: readonly T[], raw: string): T | undefined => (values as readonly string[]).includes(raw) ? (raw as T) : undefined;

/** A whole number of days the API accepts, or no filter. */
const days = (raw: string): number | undefined => (/^\d{1,4}$/.test(raw) && Number(raw) <= 3650 ? Number(raw) : undefined);

/** The admin's complaint queue. Filters live in the URL, so the watch list can link to one vendor's complaints. */
export function ComplaintsPage() {
  usePageTitle('Complaints');
  const { get, page, update } = useUrlFilters();
  const values = { state: get('state'), vendorId: get('vendorId'), promise: get('promise'), minAgeDays: get('minAgeDays'), maxAgeDays: get('maxAgeDays') };
  const query: ComplaintListQuery = {
    state: oneOf(CONFIRMED_STATES, values.state),
    vendorId: UUID.test(values.vendorId) ? values.vendorId : undefined,
    promise: oneOf(COMPLAINT_PROMISES, values.promise),
    minAgeDays: days(values.minAgeDays),
    maxAgeDays: days(values.maxAgeDays),
    page,
  };
  return (
    <div className="page">
      <h1>Complaints</h1>
      <p className="lead">
        Confirmed complaints, oldest first. Forward each to its vendor or dismiss it with a reason; the <Link to="/admin/watchlist">watch list</Link> shows vendors
        with a high level of complaints.
      </p>
      <ComplaintFilters values={values} onChange={update} />
      <ComplaintQueue query={query} onPageChange={(p) => update({ page: p })} />
    </div>
  );
}
