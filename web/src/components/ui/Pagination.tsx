import type { Pager } from '../../hooks/useUrlFilters.ts';
import { formatTotal } from '../../lib/format.ts';
import { Button } from './Button.tsx';

export interface PageAnswer {
  next: string | null;
  total: number;
  totalCapped: boolean;
}

/**
 * Previous and next page of a list paged by cursor, with where the reader is. A page opened from a
 * link (a bookmark) does not know the pages before it: it offers the first page instead.
 */
export function Pagination({ page, pager, pageSize = 20, label = 'Pages' }: { page: PageAnswer; pager: Pager; pageSize?: number; label?: string }) {
  if (page.next === null && pager.after === undefined) return null;
  const pages = page.totalCapped ? null : Math.max(1, Math.ceil(page.total / pageSize));
  const where = pager.position === null ? `${formatTotal(page.total, page.totalCapped)} in all` : pages === null ? `Page ${pager.position}` : `Page ${pager.position} of ${pages}`;
  return (
    <nav className="pagination" aria-label={label}>
      {pager.hasPrevious || pager.after === undefined ? (
        <Button variant="secondary" size="small" disabled={!pager.hasPrevious} onClick={pager.toPrevious}>
          Previous page
        </Button>
      ) : (
        <Button variant="secondary" size="small" onClick={pager.toFirst}>
          First page
        </Button>
      )}
      <span aria-live="polite">{where}</span>
      <Button variant="secondary" size="small" disabled={page.next === null} onClick={() => page.next && pager.toNext(page.next)}>
        Next page
      </Button>
    </nav>
  );
}
