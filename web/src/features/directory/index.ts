export { AskToJoinForm } from './components/AskToJoinForm.tsx';
export { CategoryCounts } from './components/CategoryCounts.tsx';
export { DirectoryResults } from './components/DirectoryResults.tsx';
export { DirectorySearch } from './components/DirectorySearch.tsx';
export { directoryFiltersOf } from './utils/directory-query.ts';
export { RequestedVendorsTable } from './components/RequestedVendorsTable.tsx';
export { useConfirmJoinRequest } from './hooks/useJoinRequests.ts';
