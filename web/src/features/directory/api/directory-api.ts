import type { DirectoryCategoriesQuery, DirectoryQuery } from '@cep/shared';
import { registry, unwrap } from '../../../lib/api-client.ts';

export const getDirectory = (query: DirectoryQuery, signal?: AbortSignal) => unwrap(registry.GET('/api/v1/directory', { params: { query }, signal }));

export const getDirectoryCategories = (query: DirectoryCategoriesQuery, signal?: AbortSignal) => unwrap(registry.GET('/api/v1/directory/categories', { params: { query }, signal }));
