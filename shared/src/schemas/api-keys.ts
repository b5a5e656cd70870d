import Type from 'typebox';
import { DateTime, Id, NonBlankText } from './atoms.ts';

/**
 * What an API key may do. A route lists the scopes it accepts next to its roles; for a key the
 * scopes replace the roles, and a key acts only within its vendor (program keys: the whole
 * registry, read only).
 */
export const ApiScope = {
  /** Bulk status, the change feed. */
  StatusRead: 'status:read',
  /** The vendor's checkpoints and their figures. */
  CheckpointsRead: 'checkpoints:read',
  /** Ticket imports and drafts of the vendor's checkpoints. */
  CheckpointsWrite: 'checkpoints:write',
  /** Complaints forwarded to the vendor. */
  ComplaintsRead: 'complaints:read',
  /** The key's own webhook endpoints, their deliveries and redeliveries. */
  WebhooksManage: 'webhooks:manage',
  /** Program-wide reads: every vendor, the review queue, complaints, the watch list. */
  AdminRead: 'admin:read',
} as const;
export type ApiScope = (typeof ApiScope)[keyof typeof ApiScope];
export const API_SCOPES = Object.values(ApiScope);
/** Active (not revoked, not expired) keys a vendor, or the program, may hold at once. */
export const MAX_ACTIVE_API_KEYS = 25;
/** What each scope lets a key do, as the key's creator reads it. */
export const API_SCOPE_DESCRIPTIONS: Record<ApiScope, string> = {
  'status:read': 'Read standings: bulk status, the change feed, the pledge and badge figures',
  'checkpoints:read': 'Read the vendor’s checkpoints and figures',
  'checkpoints:write': 'Save checkpoint drafts and import ticket exports (never submit them)',
  'complaints:read': 'Read the complaints forwarded to the vendor',
  'webhooks:manage': 'Register webhook endpoints, read their delivery log, redeliver',
  'admin:read': 'Read everything the program admin reads (program keys only)',
};
export const VENDOR_KEY_SCOPES: readonly ApiScope[] = [ApiScope.StatusRead, ApiScope.CheckpointsRead, ApiScope.CheckpointsWrite, ApiScope.ComplaintsRead, ApiScope.WebhooksManage];
export const PROGRAM_KEY_SCOPES: readonly ApiScope[] = [ApiScope.StatusRead, ApiScope.AdminRead, ApiScope.WebhooksManage];

/** How a key reads in a table: shown once in full, afterwards by this prefix (`cep_` and 8 characters). */
export const API_KEY_PREFIX_LENGTH = 12;
/** The header that carries a key. */
export const API_KEY_HEADER = 'x-api-key';

export const ApiKeyStatus = { Active: 'active', Expired: 'expired', Revoked: 'revoked' } as const;
export type ApiKeyStatus = (typeof ApiKeyStatus)[keyof typeof ApiKeyStatus];

export const CreateApiKeyBody = Type.Object(
  {
    name: NonBlankText(1, 80, { description: 'What the key is for, e.g. "Zendesk export"' }),
    scopes: Type.Array(Type.Enum(API_SCOPES), { minItems: 1, uniqueItems: true }),
    expiresAt: Type.Optional(Type.Union([DateTime, Type.Null()], { description: 'When the key stops working; none for a key that lasts until revoked' })),
  },
  { additionalProperties: false },
);
export type CreateApiKeyBody = Type.Static<typeof CreateApiKeyBody>;

export const ApiKeySchema = Type.Object({
  id: Id,
  name: Type.String(),
  prefix: Type.String({ description: 'The first characters of the key, to tell keys apart' }),
  scopes: Type.Array(Type.Enum(API_SCOPES)),
  vendorId: Type.Union([Id, Type.Null()], { description: 'The vendor the key acts for; null for a program-wide key' }),
  status: Type.Enum(Object.values(ApiKeyStatus)),
  createdAt: DateTime,
  createdBy: Type.String({ description: 'E-mail of the person who created it' }),
  expiresAt: Type.Union([DateTime, Type.Null()]),
  lastUsedAt: Type.Union([DateTime, Type.Null()]),
  lastUsedIp: Type.Union([Type.String(), Type.Null()]),
  revokedAt: Type.Union([DateTime, Type.Null()]),
});
export type ApiKey = Type.Static<typeof ApiKeySchema>;

/** The answer to creating a key: the only time the key itself is shown. */
export const CreatedApiKeySchema = Type.Object({ ...ApiKeySchema.properties, key: Type.String({ description: 'The key; store it now, it is never shown again' }) });
export type CreatedApiKey = Type.Static<typeof CreatedApiKeySchema>;

export const ApiKeyList = Type.Object({ items: Type.Array(ApiKeySchema) });
export type ApiKeyList = Type.Static<typeof ApiKeyList>;

export const VendorApiKeyParams = Type.Object({ id: Id, keyId: Id });
export type VendorApiKeyParams = Type.Static<typeof VendorApiKeyParams>;
export const ApiKeyParams = Type.Object({ keyId: Id });
export type ApiKeyParams = Type.Static<typeof ApiKeyParams>;
