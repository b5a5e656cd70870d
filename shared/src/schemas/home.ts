import Type from 'typebox';
import { DateTime } from './atoms.ts';
import { PLEDGE_STATES } from '../domain/pledge-states.ts';

/** One to-do of a vendor's home page (computed by `vendorTodos`); `target` is the page it leads to. */
export const TodoSchema = Type.Object({
  kind: Type.Enum(['sign', 'resign', 'overdue', 'deliver', 'returned', 'respond', 'answer', 'watch', 'appeal', 'appealed']),
  title: Type.String(),
  detail: Type.String(),
  target: Type.Union([
    Type.Object({ page: Type.Literal('pledge') }),
    Type.Object({ page: Type.Literal('checkpoint'), period: Type.String() }),
    Type.Object({ page: Type.Literal('complaint'), id: Type.String() }),
    Type.Object({ page: Type.Literal('complaints') }),
  ]),
  due: Type.Union([Type.String(), Type.Null()]),
  /** Late already, or soon enough that its lateness would change the pledge's standing. */
  urgent: Type.Boolean(),
});
export type Todo = Type.Static<typeof TodoSchema>;

/** `GET /vendors/{id}/home`: where the vendor stands, and what it must do next. */
export const VendorHomeSchema = Type.Object({
  vendorName: Type.String(),
  state: Type.Enum(PLEDGE_STATES),
  since: DateTime,
  /** The admin's reason for the current state, when it has one (suspended, revoked). */
  reason: Type.Union([Type.String(), Type.Null()]),
  todos: Type.Array(TodoSchema),
});
export type VendorHome = Type.Static<typeof VendorHomeSchema>;

const Queue = Type.Object({
  count: Type.Integer({ minimum: 0 }),
  /** When the longest-waiting item arrived: the queue opens on it. */
  oldest: Type.Union([DateTime, Type.Null()]),
});

/** `GET /inbox`: what waits for the admin, queue by queue. */
export const AdminInboxSchema = Type.Object({
  applications: Queue,
  reviews: Queue,
  complaints: Queue,
  appeals: Queue,
  watchList: Type.Object({ count: Type.Integer({ minimum: 0, description: 'Vendors added to the watch list in the last 7 days' }), oldest: Type.Union([DateTime, Type.Null()]) }),
  heldMail: Queue,
});
export type AdminInbox = Type.Static<typeof AdminInboxSchema>;
