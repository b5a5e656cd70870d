export { CategoryCounts } from './components/CategoryCounts.tsx';
export { DirectoryResults } from './components/DirectoryResults.tsx';
export { DirectorySearch } from './components/DirectorySearch.tsx';
export { directoryFiltersOf } from './utils/directory-query.ts';
