import { Link } from 'react-router';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <div className="page narrow">
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link may be incomplete.</p>
      <p>
        <Link to="/">Go to the home page</Link> or <Link to="/directory">search the directory</Link>.
      </p>
    </div>
  );
}
