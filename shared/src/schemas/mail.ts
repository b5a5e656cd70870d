import Type from 'typebox';
import { DateTime, Id, Page, PageQuery } from './atoms.ts';
import { MAIL_STATUSES } from './enums.ts';

export const OutboxMessageSchema = Type.Object({
  id: Id,
  to: Type.String(),
  subject: Type.String(),
  text: Type.String(),
  status: Type.Enum(MAIL_STATUSES),
  attempts: Type.Integer(),
  lastError: Type.Union([Type.String(), Type.Null()]),
  createdAt: DateTime,
  sentAt: Type.Union([DateTime, Type.Null()]),
});
export type OutboxMessage = Type.Static<typeof OutboxMessageSchema>;

export const ListOutboxQuery = Type.Object(
  {
    ...PageQuery,
    status: Type.Optional(Type.Enum(MAIL_STATUSES)),
    to: Type.Optional(Type.String({ maxLength: 254 })),
  },
  { additionalProperties: false },
);
export type ListOutboxQuery = Type.Static<typeof ListOutboxQuery>;

export const OutboxList = Page(OutboxMessageSchema);
export type OutboxList = Type.Static<typeof OutboxList>;
