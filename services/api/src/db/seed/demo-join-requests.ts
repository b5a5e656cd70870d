import { DAY_MS, HOUR_MS } from '@cep/shared';
import type { EntityManager } from 'typeorm';
import { JoinRequest } from '../../modules/applications/index.ts';


/** Buyers asking for vendors who are not members: one asked for three times (invited once), one once. */
const REQUESTS = [
  { vendorName: 'Quizzly', website: 'https://www.quizzly.example', daysAgo: 12, invited: true },
  { vendorName: 'Quizzly', website: 'https://quizzly.example', daysAgo: 6, invited: false },
  { vendorName: 'Quizzly', website: 'https://quizzly.example/about', daysAgo: 2, invited: false },
  { vendorName: 'SkillTree Academy', website: 'https://skilltree.example', daysAgo: 4, invited: true },
];

export async function seedJoinRequests(manager: EntityManager, now: Date): Promise<void> {
  for (const [i, r] of REQUESTS.entries()) {
    const at = new Date(now.getTime() - r.daysAgo * DAY_MS);
    const domain = new URL(r.website).hostname.replace(/^www\./, '');
    await manager.insert(JoinRequest, {
      vendorName: r.vendorName,
      website: r.website,
      domain,
      contactEmail: `hello@${domain}`,
      requesterEmail: `buyer${i + 1}@customer.example`,
      requesterName: null,
      tokenHash: null,
      confirmedAt: at,
      invitedAt: r.invited ? at : null,
      createdAt: new Date(at.getTime() - HOUR_MS),
    });
  }
}
