import type { Todo } from '@cep/shared';

/** The page of the vendor's area a to-do leads to. */
export function todoHref(target: Todo['target']): string {
  switch (target.page) {
    case 'pledge':
      return '/vendor/pledge';
    case 'checkpoint':
      return `/vendor/checkpoints/${target.period}`;
    case 'complaint':
      return `/vendor/complaints/${target.id}`;
    case 'complaints':
      return '/vendor/complaints';
  }
}
