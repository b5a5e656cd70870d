import { useMemo, useState } from 'react';
import type { Pager } from './useUrlFilters.ts';

/** Pages a list shown inside another page (its cursors kept in the component, not the URL). */
export function useLocalPager(): Pager {
  const [trail, setTrail] = useState<string[]>([]);
  const [after, setAfter] = useState<string | undefined>(undefined);
  return useMemo(
    () => ({
      after,
      position: trail.length + 1,
      hasPrevious: trail.length > 0,
      toNext: (next: string) => {
        setTrail([...trail, after ?? '']);
        setAfter(next);
      },
      toPrevious: () => {
        setAfter(trail.at(-1) || undefined);
        setTrail(trail.slice(0, -1));
      },
      toFirst: () => {
        setAfter(undefined);
        setTrail([]);
      },
    }),
    [after, trail],
  );
}
