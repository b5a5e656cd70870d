import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { usePageTitle } from '../../hooks/usePageTitle.ts';

/** Shown when a page throws while rendering: a way home instead of a blank screen. */
export function RouteError() {
  const error = useRouteError();
  usePageTitle('Something went wrong');
  const detail = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : undefined;
  return (
    <main id="main" className="container main">
      <section className="page narrow" role="alert">
        <h1>Something went wrong</h1>
        <p>The page could not be shown. Reloading often helps.</p>
        {detail ? <p className="muted">{detail}</p> : null}
        <p>
          <Link to="/">Go to the home page</Link>
        </p>
      </section>
    </main>
  );
}
