import type { DehydratedState } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { AppProvider } from './app/provider.tsx';
import { AppRouter } from './app/router.tsx';
import './styles.css';

const root = document.getElementById('root');
// Public pages (verification, directory) arrive rendered by the server with the data they were
// rendered from: hydrate them. Every other page starts from the empty shell.
const state = document.getElementById('cep-state')?.textContent;
if (root) {
  const app = (
    <StrictMode>
      <AppProvider initialState={state ? (JSON.parse(state) as DehydratedState) : undefined}>
        <AppRouter />
      </AppProvider>
    </StrictMode>
  );
  if (root.hasChildNodes()) hydrateRoot(root, app);
  else createRoot(root).render(app);
}
