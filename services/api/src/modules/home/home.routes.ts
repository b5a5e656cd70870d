import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AdminInboxSchema, IdParams, Role, VendorHomeSchema } from '@cep/shared';
import { principalOf } from '../../plugins/auth.ts';
import { problemResponses } from '../../plugins/openapi.ts';
import { adminInbox, NEWLY_WATCHED_DAYS, vendorHome } from './home.service.ts';

export const homeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/vendors/:id/home',
    {
      schema: {
        tags: ['home'],
        summary: 'The vendor’s standing and what it must do next',
        description:
          'The pledge’s state with the reason and since when, and the to-dos computed from the vendor’s data: sign the pledge or a new version, the next or overdue period with its due date, returned data with the admin’s note, complaints waiting for a response with their deadlines, the watch list, an appeal. Most pressing first.',
        params: IdParams,
        response: { 200: VendorHomeSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => vendorHome(app.ctx, principalOf(request), request.params.id),
  );

  app.get(
    '/inbox',
    {
      config: { roles: [Role.Admin] },
      schema: {
        tags: ['home'],
        summary: 'What waits for the admin',
        description: `Counts, with the arrival of the longest-waiting item: pending applications, submissions to review, complaints to triage, open appeals, vendors new on the watch list (last ${NEWLY_WATCHED_DAYS} days), held e-mail.`,
        response: { 200: AdminInboxSchema, ...problemResponses(401, 403) },
      },
    },
    async () => adminInbox(app.ctx),
  );
};
