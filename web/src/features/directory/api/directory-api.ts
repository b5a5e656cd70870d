import type { DirectoryList, DirectoryQuery } from '@cep/shared';
import { api } from '../../../lib/api-client.ts';

export const getDirectory = (query: DirectoryQuery, signal?: AbortSignal) => api.get<DirectoryList>('/directory', { query: { ...query }, signal, auth: false });
