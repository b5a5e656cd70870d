/** Integrations: API keys and webhook endpoints with their delivery logs, for vendors and the admin. */
export { ApiKeysPanel } from './components/ApiKeysPanel.tsx';
export { WebhooksPanel } from './components/WebhooksPanel.tsx';
