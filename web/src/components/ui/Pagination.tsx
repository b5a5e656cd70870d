import { Button } from './Button.tsx';

export function Pagination({ page, pageSize, total, onPageChange, label = 'Pages' }: { page: number; pageSize: number; total: number; onPageChange: (page: number) => void; label?: string }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={label}>
      <Button variant="secondary" size="small" disabled={page <= 1} onClick={() => onPageChange(page - 1)}>
        Previous page
      </Button>
      <span aria-live="polite">
        Page {page} of {pages}
      </span>
      <Button variant="secondary" size="small" disabled={page >= pages} onClick={() => onPageChange(page + 1)}>
        Next page
      </Button>
    </nav>
  );
}
