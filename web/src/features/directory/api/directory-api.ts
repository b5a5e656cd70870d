import type { CategoryList, DirectoryList, DirectoryQuery } from '@cep/shared';
import { api } from '../../../lib/api-client.ts';

export const getCategories = (signal?: AbortSignal) => api.get<CategoryList>('/categories', { signal, auth: false });

export const getDirectory = (query: DirectoryQuery, signal?: AbortSignal) => api.get<DirectoryList>('/directory', { query: { ...query }, signal, auth: false });
