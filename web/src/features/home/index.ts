export { InboxSummary } from './components/InboxSummary.tsx';
export { VendorHomeView } from './components/VendorHomeView.tsx';
export { useInbox, useVendorHome } from './hooks/useHome.ts';
export { navCount } from './utils/inbox-queues.ts';
