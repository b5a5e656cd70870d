import type { AppContext } from '../../context.ts';
import { ensureCredential } from './credentials.service.ts';
import type { Issuer } from './issuer.ts';
import { ISSUE_CREDENTIAL_JOB } from '../pledges/index.ts';

/** Issues the credential a change asked for (a no-op when the vendor's latest one is still current). */
export function registerCredentialJobs(ctx: AppContext, issuer: () => Issuer): void {
  ctx.jobs.register(ISSUE_CREDENTIAL_JOB, async (payload) => {
    await ctx.db.transaction((manager) => ensureCredential(ctx, manager, issuer(), String(payload.vendorId)));
  });
}
