import Type from 'typebox';
import { DateTime, Email, Id, LongText, NonBlankText, Page, PageQuery, PersonName, ShortText, Slug, Url } from './atoms.ts';
import { APPLICATION_STATUSES } from './enums.ts';

export const CreateApplicationBody = Type.Object(
  {
    companyName: ShortText,
    website: Url,
    category: Slug,
    contactName: PersonName,
    contactEmail: Email,
    contactTitle: Type.Optional(Type.String({ maxLength: 120 })),
    message: Type.Optional(LongText),
  },
  { additionalProperties: false },
);
export type CreateApplicationBody = Type.Static<typeof CreateApplicationBody>;

export const ApplicationSchema = Type.Object({
  id: Id,
  companyName: Type.String(),
  website: Type.String(),
  category: Slug,
  contactName: Type.String(),
  contactEmail: Type.String(),
  contactTitle: Type.Union([Type.String(), Type.Null()]),
  message: Type.Union([Type.String(), Type.Null()]),
  status: Type.Enum(APPLICATION_STATUSES),
  rejectionReason: Type.Union([Type.String(), Type.Null()]),
  vendorId: Type.Union([Id, Type.Null()]),
  decidedAt: Type.Union([DateTime, Type.Null()]),
  createdAt: DateTime,
});
export type Application = Type.Static<typeof ApplicationSchema>;

/** What the public applicant gets back: a reference, nothing else. */
export const ApplicationReceipt = Type.Object({ id: Id, status: Type.Enum(APPLICATION_STATUSES), createdAt: DateTime });
export type ApplicationReceipt = Type.Static<typeof ApplicationReceipt>;

export const ListApplicationsQuery = Type.Object(
  {
    ...PageQuery,
    status: Type.Optional(Type.Enum(APPLICATION_STATUSES)),
    sort: Type.Optional(Type.Enum(['oldest', 'newest'], { description: 'Default: oldest first for the pending queue (what waited longest), newest first otherwise' })),
  },
  { additionalProperties: false },
);
export type ListApplicationsQuery = Type.Static<typeof ListApplicationsQuery>;

export const ApplicationList = Page(ApplicationSchema);
export type ApplicationList = Type.Static<typeof ApplicationList>;

export const ApproveApplicationBody = Type.Object(
  {
    slug: Type.Optional(Slug),
  },
  { additionalProperties: false },
);
export type ApproveApplicationBody = Type.Static<typeof ApproveApplicationBody>;

export const RejectApplicationBody = Type.Object(
  {
    reason: NonBlankText(3, 2000),
  },
  { additionalProperties: false },
);
export type RejectApplicationBody = Type.Static<typeof RejectApplicationBody>;
