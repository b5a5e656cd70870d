import { Link, useParams } from 'react-router';
import { EmptyState } from '../../../components/ui/EmptyState.tsx';
import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { Spinner } from '../../../components/ui/Spinner.tsx';
import { categoryName, useCategories } from '../../../features/directory/hooks/useCategories.ts';
import { useDirectory } from '../../../features/directory/hooks/useDirectory.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';

/**
 * The public verification page for a badge. The full page (pledge text, status, badge domains) comes
 * with the badge feature; until then it confirms the vendor is in the directory.
 */
export function VerifyPage() {
  const { slug = '' } = useParams();
  usePageTitle(`Verify ${slug}`);
  // The directory searches names and descriptions; the slug usually appears in the name.
  const directory = useDirectory({ q: slug, pageSize: 100 });
  const categories = useCategories();

  if (directory.isPending) return <Spinner label="Looking up the vendor…" />;
  if (directory.isError) return <ErrorState error={directory.error} onRetry={() => void directory.refetch()} />;
  const entry = directory.data.items.find((item) => item.slug === slug);
  return (
    <div className="page narrow">
      {entry ? (
        <>
          <h1>{entry.name}</h1>
          <p className="lead">{entry.name} is listed in the Customer Excellence Pledge directory.</p>
          <dl className="facts">
            <dt>Category</dt>
            <dd>{categoryName(categories.data, entry.category)}</dd>
            <dt>Web site</dt>
            <dd>
              <a href={entry.website} rel="noopener noreferrer">
                {entry.website}
              </a>
            </dd>
            {entry.description ? (
              <>
                <dt>About</dt>
                <dd>{entry.description}</dd>
              </>
            ) : null}
          </dl>
          <p className="muted">The pledge status, its version and the sites the badge may appear on will be shown here once badges are available.</p>
        </>
      ) : (
        <>
          <h1>Vendor not found</h1>
          <EmptyState title={`No vendor with the address “${slug}” is in the directory`}>
            <p>
              A badge that links here is not backed by a pledge. <Link to="/directory">Search the directory</Link>
            </p>
          </EmptyState>
        </>
      )}
    </div>
  );
}
