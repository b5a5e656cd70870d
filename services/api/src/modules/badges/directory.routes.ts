import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { BadgeParams, DirectoryCategories, DirectoryCategoriesQuery, DirectoryList, DirectoryQuery, VerificationPageSchema } from '@cep/shared';
import { problemResponses } from '../../plugins/openapi.ts';
import { directoryCategories, getVerification, listDirectory } from './directory.service.ts';

/** The public side of a vendor's standing: the directory and the verification page's data. */
export const directoryRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/directory',
    {
      config: { public: true },
      schema: {
        tags: ['public'],
        summary: 'The public directory of vendors, searchable by name',
        security: [],
        querystring: DirectoryQuery,
        response: { 200: DirectoryList, ...problemResponses(400) },
      },
    },
    async (request) => listDirectory(app.ctx, request.query),
  );

  app.get(
    '/directory/categories',
    {
      config: { public: true },
      schema: {
        tags: ['public'],
        summary: 'How many vendors of the directory each category holds',
        description: 'For the same search (`q`) and state as the list, so the page can show a count beside each category.',
        security: [],
        querystring: DirectoryCategoriesQuery,
        response: { 200: DirectoryCategories, ...problemResponses(400) },
      },
    },
    async (request) => directoryCategories(app.ctx, request.query),
  );

  app.get(
    '/directory/:slug',
    {
      config: { public: true },
      schema: {
        tags: ['public'],
        summary: 'Verify a vendor: its pledge text and version, state, last period checked, next due date, badge domains',
        security: [],
        params: BadgeParams,
        response: { 200: VerificationPageSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => getVerification(app.ctx, request.params.slug),
  );
};
