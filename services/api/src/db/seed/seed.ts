import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { ApplicationStatus, DEFAULT_CALENDAR, MailStatus, Role, type BusinessCalendar } from '@cep/shared';
import type { Config } from '../../config.ts';
import { clearSecondFactors, hashPassword, hashToken, hasSecondFactor, Invitation, newToken, User, verifyPassword } from '../../modules/accounts/index.ts';
import { Application } from '../../modules/applications/index.ts';
import { recordAudit, SYSTEM_ACTOR } from '../../modules/audit/index.ts';
import { rebuildProgramFigures } from '../../modules/checkpoints/index.ts';
import { MailMessage } from '../../modules/mail/index.ts';
import { rebuildStandings } from '../../modules/pledges/index.ts';
import { Vendor } from '../../modules/vendors/index.ts';
import { DEMO_APPLICATIONS, DEMO_TEAM, DEMO_VENDORS } from './demo-data.ts';
import { seedComplaints } from './demo-complaints.ts';
import { seedJoinRequests } from './demo-join-requests.ts';
import { seedEventHistory, seedIntegrations } from './demo-integrations.ts';
import { seedPledge } from './demo-pledges.ts';

export interface SeedReport {
  /** Credentials to print once: only for accounts created in this run with a generated password. */
  printed: { role: string; email: string; password: string; secretName?: 'password' | 'key' }[];
  /** What the operator should know (a reset made at their request). */
  notices: string[];
  adminEmail: string;
}

export const DEMO_ADMIN_EMAIL = 'admin@cep.localhost';

/**
 * First-run data. The admin comes from CEP_ADMIN_EMAIL / CEP_ADMIN_PASSWORD when given (setting
 * them again later resets that admin's password, and CEP_ADMIN_RESET_TWO_FACTOR its second
 * factors); otherwise a demo admin is created once with a
 * generated password that is printed once. Demo vendors are added when the database has none.
 */
export async function seed(db: DataSource, config: Config): Promise<SeedReport> {
  const printed: SeedReport['printed'] = [];
  const notices: string[] = [];
  const users = db.getRepository(User);
  let adminEmail = DEMO_ADMIN_EMAIL;

  if (config.admin) {
    adminEmail = config.admin.email.toLowerCase();
    const existing = await users.findOneBy({ email: adminEmail });
    if (!existing) {
      await users.insert({ email: adminEmail, name: 'Program admin', role: Role.Admin, vendorId: null, passwordHash: await hashPassword(config.admin.password) });
    } else {
      if (!existing.passwordHash || !(await verifyPassword(config.admin.password, existing.passwordHash))) {
        await users.update({ id: existing.id }, { passwordHash: await hashPassword(config.admin.password) });
      }
      if (config.admin.resetTwoFactor && (await hasSecondFactor(db.manager, existing))) {
        await db.transaction(async (manager) => {
          await clearSecondFactors(manager, existing.id);
          await recordAudit(manager, SYSTEM_ACTOR, { action: 'user.two_factor_reset', entityType: 'user', entityId: existing.id, details: { by: 'CEP_ADMIN_RESET_TWO_FACTOR' } }, new Date());
        });
        notices.push(`the two-step sign-in of ${adminEmail} was reset: set it up again at the next sign-in, and unset CEP_ADMIN_RESET_TWO_FACTOR`);
      }
    }
  } else if (!(await users.existsBy({ role: Role.Admin }))) {
    const password = randomBytes(12).toString('base64url');
    await users.insert({ email: DEMO_ADMIN_EMAIL, name: 'Demo admin', role: Role.Admin, vendorId: null, passwordHash: await hashPassword(password) });
    printed.push({ role: 'admin', email: DEMO_ADMIN_EMAIL, password });
  } else {
    adminEmail = (await users.findOneByOrFail({ role: Role.Admin })).email;
  }

  if (config.seedDemo && (await db.getRepository(Vendor).count()) === 0) {
    const password = randomBytes(12).toString('base64url');
    const passwordHash = await hashPassword(password);
    const now = new Date();
    const admin = await users.findOneByOrFail({ email: adminEmail });
    const programKey = await db.transaction(async (manager) => {
      const bySlug = new Map<string, Vendor>();
      const owners = new Map<string, User>();
      for (const demo of DEMO_VENDORS) {
        const calendar: BusinessCalendar = demo.calendar ?? DEFAULT_CALENDAR;
        const vendor = await manager.getRepository(Vendor).save(
          manager.getRepository(Vendor).create({ ...demo.profile, calendar, version: 1 }),
        );
        const owner = await manager.getRepository(User).save(
          manager.getRepository(User).create({ email: demo.ownerEmail, name: demo.ownerName, role: Role.VendorOwner, vendorId: vendor.id, passwordHash }),
        );
        await seedPledge(manager, vendor, owner, demo.pledge, now);
        bySlug.set(vendor.slug, vendor);
        owners.set(vendor.slug, owner);
        await manager.getRepository(Application).insert({
          companyName: vendor.name,
          website: vendor.website,
          category: vendor.category,
          contactName: demo.ownerName,
          contactEmail: demo.ownerEmail,
          contactTitle: 'Head of Support',
          message: null,
          status: ApplicationStatus.Approved,
          vendorId: vendor.id,
          decidedAt: new Date(),
        });
      }
      for (const application of DEMO_APPLICATIONS) await manager.getRepository(Application).insert(application);
      await seedJoinRequests(manager, now);
      await seedComplaints(manager, bySlug, now);
      await manager.getRepository(MailMessage).insert({
        to: DEMO_VENDORS[0]?.ownerEmail ?? DEMO_ADMIN_EMAIL,
        subject: 'Welcome to the Customer Excellence Pledge registry',
        text: 'This demo message shows how the outbox keeps e-mail when SMTP_URL is not set.',
        status: MailStatus.Held,
      });
      await seedEventHistory(manager);
      // Demo history is written directly: the figures kept by the product's writes are made afresh.
      await rebuildProgramFigures(manager, now);
      await rebuildStandings(manager);
      const [first] = [...bySlug.values()];
      const firstOwner = first ? owners.get(first.slug) : undefined;
      if (first && firstOwner) await seedTeam(manager, first, firstOwner, passwordHash, now);
      return first && firstOwner ? seedIntegrations(manager, first, firstOwner, admin, now) : null;
    });
    printed.push({ role: 'demo vendor member', email: DEMO_TEAM.member.email, password });
    printed.push({ role: 'demo vendor owners', email: DEMO_VENDORS.map((d) => d.ownerEmail).join(', '), password });
    if (programKey) printed.push({ role: 'demo program API key', email: 'scopes status:read admin:read, send as X-API-Key', password: programKey, secretName: 'key' });
  }
  return { printed, notices, adminEmail };
}

/** A member who joined and an invitation still open (valid 7 days; "Resend invitation" mails a fresh link to the outbox). */
async function seedTeam(manager: EntityManager, vendor: Vendor, owner: User, passwordHash: string, now: Date): Promise<void> {
  const users = manager.getRepository(User);
  await users.insert({ email: DEMO_TEAM.member.email, name: DEMO_TEAM.member.name, role: Role.VendorMember, vendorId: vendor.id, passwordHash });
  const invited = await users.save(users.create({ email: DEMO_TEAM.invited.email, name: '', role: Role.VendorMember, vendorId: vendor.id, passwordHash: null }));
  await manager.getRepository(Invitation).insert({ tokenHash: hashToken(newToken()), userId: invited.id, vendorId: vendor.id, invitedBy: owner.id, expiresAt: new Date(now.getTime() + 7 * 24 * 60 * 60 * 1000), createdAt: now });
}
