import { randomBytes, randomUUID } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import type { DataSource } from 'typeorm';
import { type ApiScope, ApplicationStatus, type CheckpointData, DEFAULT_CALENDAR, PledgeState, Role, type SubmissionStatus, type TicketImport } from '@cep/shared';
import { hashPassword, hashToken, Invitation, newToken, newTotpSecret, toPrincipal, User } from '../src/modules/accounts/index.ts';
import { Application } from '../src/modules/applications/index.ts';
import { Vendor } from '../src/modules/vendors/index.ts';
import { Pledge, PledgeSignature, refreshStanding } from '../src/modules/pledges/index.ts';
import { Checkpoint } from '../src/modules/checkpoints/index.ts';
import { ApiKeyRow, newApiKey } from '../src/modules/integrations/index.ts';
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../src/context.ts';

export const PASSWORD = 'correct horse battery staple';
// scrypt is slow on purpose; hash the shared test password once per file.
let passwordHash: Promise<string> | undefined;
const hashed = () => (passwordHash ??= hashPassword(PASSWORD));

const unique = () => randomBytes(4).toString('hex');

/** A vendor with its pledge waiting for a signature, as approval creates it. */
export async function createVendor(db: DataSource, overrides: Partial<Vendor> = {}): Promise<Vendor> {
  const id = unique();
  const repo = db.getRepository(Vendor);
  const vendor = await repo.save(
    repo.create({
      name: `Vendor ${id}`,
      slug: `vendor-${id}`,
      website: `https://vendor-${id}.example`,
      category: 'lms',
      description: '',
      supportContact: null,
      queuePriorities: null,
      badgeDomains: [`vendor-${id}.example`],
      calendar: DEFAULT_CALENDAR,
      version: 1,
      ...overrides,
    }),
  );
  await db.getRepository(Pledge).insert({ vendorId: vendor.id, state: PledgeState.PendingSignature, stateSince: vendor.createdAt });
  await refreshStanding(db.manager, vendor.id);
  return db.getRepository(Vendor).findOneByOrFail({ id: vendor.id });
}

/**
 * Puts a vendor's pledge in `state` as if it had been signed (agreement version 1) at `activeSince`
 * by `signer`: the signature row exists and the pledge points at it.
 */
export async function setPledge(
  db: DataSource,
  vendor: Vendor,
  signer: User,
  options: { state: PledgeState; activeSince: Date; stateSince?: Date; reason?: string | null; agreementVersion?: number },
): Promise<Pledge> {
  const pledge = await db.getRepository(Pledge).findOneByOrFail({ vendorId: vendor.id });
  const [agreement] = (await db.query(`SELECT version, title, body, text_sha256 FROM agreement_version WHERE version = $1`, [options.agreementVersion ?? 1])) as {
    version: number;
    title: string;
    body: string;
    text_sha256: string;
  }[];
  if (!agreement) throw new Error('agreement version missing');
  const { identifiers } = await db.getRepository(PledgeSignature).insert({
    pledgeId: pledge.id,
    vendorId: vendor.id,
    agreementVersion: agreement.version,
    agreementTitle: agreement.title,
    agreementText: agreement.body,
    textSha256: agreement.text_sha256,
    signerName: signer.name,
    signerTitle: 'Head of Support',
    signerEmail: signer.email,
    signedBy: signer.id,
    signedAt: options.activeSince,
    clientIp: '127.0.0.1',
  });
  await db.getRepository(Pledge).update(
    { id: pledge.id },
    { state: options.state, activeSince: options.activeSince, stateSince: options.stateSince ?? options.activeSince, stateReason: options.reason ?? null, signatureId: String(identifiers[0]?.id) },
  );
  // What the product's own state changes keep on the pledge.
  await refreshStanding(db.manager, vendor.id);
  return db.getRepository(Pledge).findOneByOrFail({ id: pledge.id });
}

/**
 * A vendor's checkpoint row for one period, written directly (the submissions API comes with the
 * checkpoints capability). Anything but a draft has a submission time (pass one to assert on it).
 */
export async function createCheckpoint(
  db: DataSource,
  vendor: Vendor,
  period: string,
  status: SubmissionStatus,
  submittedAt: Date | null = status === 'draft' ? null : new Date(),
): Promise<Checkpoint> {
  const repo = db.getRepository(Checkpoint);
  const saved = await repo.save(repo.create({ vendorId: vendor.id, period, status, submittedAt, reviewedAt: status === 'accepted' || status === 'returned' ? submittedAt : null, version: 1 }));
  await refreshStanding(db.manager, vendor.id);
  return saved;
}

/**
 * A person, the admin unless told otherwise. An admin account has an authenticator app set up, as
 * every admin must before doing anything (`totpCode` answers for it); pass `totpEnabledAt: null`
 * for one that has not set it up yet.
 */
export async function createUser(db: DataSource, overrides: Partial<User> = {}): Promise<User> {
  const repo = db.getRepository(User);
  const role = overrides.role ?? Role.Admin;
  const app = role === Role.Admin ? { totpSecret: newTotpSecret(), totpEnabledAt: new Date() } : {};
  const user = { email: `${role.replace('_', '-')}-${unique()}@example.test`, name: 'Test Person', role, vendorId: null, passwordHash: await hashed(), ...app, ...overrides };
  if (user.totpEnabledAt === null) user.totpSecret = null;
  return repo.save(repo.create(user));
}

/** The code `user`'s authenticator app shows at `at` (now by default), or `steps` periods later. */
export function totpCode(user: Pick<User, 'totpSecret'>, at = new Date(), steps = 0): string {
  if (!user.totpSecret) throw new Error('this person has no authenticator app');
  return new TOTP({ secret: Secret.fromBase32(user.totpSecret) }).generate({ timestamp: at.getTime() + steps * 30_000 });
}

export async function createApplication(db: DataSource, overrides: Partial<Application> = {}): Promise<Application> {
  const repo = db.getRepository(Application);
  const id = unique();
  return repo.save(
    repo.create({
      companyName: `Applicant ${id}`,
      website: `https://applicant-${id}.example`,
      category: 'lxp',
      contactName: 'Pat Applicant',
      contactEmail: `pat-${id}@applicant.example`,
      contactTitle: null,
      message: null,
      status: ApplicationStatus.Pending,
      ...overrides,
    }),
  );
}

/** An admin, a vendor with its owner and member, and a second vendor with its owner: the role matrix. */
export async function createCast(db: DataSource) {
  const admin = await createUser(db, { role: Role.Admin });
  const vendor = await createVendor(db);
  const owner = await createUser(db, { role: Role.VendorOwner, vendorId: vendor.id });
  const member = await createUser(db, { role: Role.VendorMember, vendorId: vendor.id });
  const otherVendor = await createVendor(db);
  const otherOwner = await createUser(db, { role: Role.VendorOwner, vendorId: otherVendor.id });
  return { admin, vendor, owner, member, otherVendor, otherOwner };
}

/** One vendor with its owner and a member, its pledge waiting for a signature: for a test that moves that pledge. */
export async function createVendorWithPeople(db: DataSource) {
  const vendor = await createVendor(db);
  const owner = await createUser(db, { role: Role.VendorOwner, vendorId: vendor.id });
  const member = await createUser(db, { role: Role.VendorMember, vendorId: vendor.id });
  return { vendor, owner, member };
}

/** An `Authorization` header for a user, signed as the login route signs it. */
export function bearer(app: FastifyInstance, user: User): string {
  return `Bearer ${app.signAccessToken(toPrincipal(user))}`;
}

/** A vendor's owner and member with the `Authorization` headers they sign in with. */
export function withTokens<People extends { owner: User; member: User }>(app: FastifyInstance, people: People) {
  return { ...people, ownerAuth: bearer(app, people.owner), memberAuth: bearer(app, people.member) };
}

/**
 * An invited person without a password, and the one-time token of their invitation (the e-mail
 * would carry it), a member unless told otherwise (a vendor has one owner). Expires in 7 days
 * from `now` unless told otherwise.
 */
export async function createInvitation(
  db: DataSource,
  vendor: Vendor,
  overrides: { role?: Role; email?: string; expiresAt?: Date; acceptedAt?: Date | null; now?: Date } = {},
): Promise<{ token: string; user: User; invitation: Invitation }> {
  const now = overrides.now ?? new Date();
  const user = await createUser(db, {
    role: overrides.role ?? Role.VendorMember,
    vendorId: vendor.id,
    passwordHash: null,
    name: '',
    ...(overrides.email ? { email: overrides.email } : {}),
  });
  const token = newToken();
  const repo = db.getRepository(Invitation);
  const invitation = await repo.save(
    repo.create({
      tokenHash: hashToken(token),
      userId: user.id,
      vendorId: vendor.id,
      invitedBy: null,
      expiresAt: overrides.expiresAt ?? new Date(now.getTime() + 7 * 24 * 60 * 60 * 1000),
      acceptedAt: overrides.acceptedAt ?? null,
    }),
  );
  return { token, user, invitation };
}

/** A clock the test moves by hand: `clock` goes to createTestApp, `advance` moves time forward. */
export function movableClock(start = new Date('2026-03-02T10:00:00Z')): { clock: Clock; advance(ms: number): void; now(): Date } {
  let current = start.getTime();
  return {
    clock: () => new Date(current),
    advance(ms: number) {
      current += ms;
    },
    now: () => new Date(current),
  };
}

/**
 * A vendor with its owner and a member whose pledge the owner signed, active (or in `state`) since
 * `activeSince`: the first checkpoint period is the half-year `activeSince` falls in.
 */
export async function createPledgedVendor(db: DataSource, activeSince: Date, options: { state?: PledgeState; vendor?: Partial<Vendor> } = {}) {
  const people = await createVendorWithPeople(db);
  if (options.vendor) await db.getRepository(Vendor).update({ id: people.vendor.id }, options.vendor);
  await setPledge(db, people.vendor, people.owner, { state: options.state ?? PledgeState.Active, activeSince });
  const vendor = await db.getRepository(Vendor).findOneByOrFail({ id: people.vendor.id });
  return { ...people, vendor };
}

/**
 * Checkpoint data with everything a submission needs and no NPS survey: 400 contacts from 160
 * clients, aggregates meeting promise 3 (96% within target), one top issue. Sections in `overrides`
 * replace the defaults whole.
 */
export function checkpointData(overrides: Partial<CheckpointData> = {}): CheckpointData {
  return {
    volume: { contacts: { phone: 100, email: 200, chat: 50, portal: 30, other: 20 }, activeClients: 160 },
    responsiveness: { source: 'aggregates', medianBusinessMinutes: 35, p90BusinessMinutes: 110, shareWithinTarget: 0.96 },
    followUpShare: 0.9,
    topIssues: [{ title: 'Login fails with SSO', contacts: 40, averageHoursToResolve: 3.5 }],
    nps: null,
    ...overrides,
  };
}

/**
 * A checkpoint row with its data, written directly in any status (issues get ids as the API gives
 * them). `submittedAt` defaults as in createCheckpoint; `returnedAt` is the returned-data clock.
 */
export async function createSubmission(
  db: DataSource,
  vendor: Vendor,
  period: string,
  options: { status: SubmissionStatus; data?: CheckpointData; ticketImport?: TicketImport | null; submittedAt?: Date | null; returnedAt?: Date | null },
): Promise<Checkpoint> {
  const data = options.data ?? checkpointData();
  const withIds = data.topIssues ? { ...data, topIssues: data.topIssues.map((issue) => ({ ...issue, id: issue.id ?? randomUUID() })) } : data;
  const submittedAt = options.submittedAt === undefined ? (options.status === 'draft' ? null : new Date()) : options.submittedAt;
  const repo = db.getRepository(Checkpoint);
  const saved = await repo.save(
    repo.create({
      vendorId: vendor.id,
      period,
      status: options.status,
      data: withIds,
      ticketImport: options.ticketImport ?? null,
      submittedAt,
      reviewedAt: options.status === 'accepted' || options.status === 'returned' ? (options.returnedAt ?? submittedAt) : null,
      returnedAt: options.returnedAt ?? null,
      version: 1,
    }),
  );
  await refreshStanding(db.manager, vendor.id);
  return saved;
}

let complaintSerial = 0;
/**
 * A valid complaint form (POST /complaints) about a vendor, given by id or slug: a fresh
 * complainant address and subject per call, filled in a minute so that no bot trap fires.
 */
export function complaintForm(vendor: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  complaintSerial += 1;
  return {
    vendor,
    name: 'Dana Whitfield',
    email: `dana.whitfield.${complaintSerial}.${unique()}@customer.example`,
    organisation: 'Northwind Academy',
    subject: `Support ticket ignored for weeks (${complaintSerial})`,
    description: 'We opened a ticket about failing exports three weeks ago and nobody has answered it since.',
    promise: 'support',
    consent: false,
    fillTimeMs: 60_000,
    ...overrides,
  };
}

/** A clock a test sets to exact instants (and moves from there). */
export function settableClock(start: string): { clock: Clock; set(iso: string): Date; advance(ms: number): Date; now(): Date } {
  let current = Date.parse(start);
  return {
    clock: () => new Date(current),
    set(iso: string) {
      current = Date.parse(iso);
      return new Date(current);
    },
    advance(ms: number) {
      current += ms;
      return new Date(current);
    },
    now: () => new Date(current),
  };
}

/** An API key written directly (the routes that create keys are tested on their own): the key and its row. */
export async function createApiKey(
  db: DataSource,
  options: { vendorId: string | null; createdBy: string; scopes: ApiScope[]; expiresAt?: Date | null; name?: string },
): Promise<{ key: string; row: ApiKeyRow }> {
  const { key, prefix, hash } = newApiKey();
  const repo = db.getRepository(ApiKeyRow);
  const row = await repo.save(
    repo.create({ vendorId: options.vendorId, createdBy: options.createdBy, scopes: options.scopes, name: options.name ?? 'test key', prefix, hash, createdAt: new Date(), expiresAt: options.expiresAt ?? null }),
  );
  return { key, row };
}
