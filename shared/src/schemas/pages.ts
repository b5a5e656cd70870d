import type { CategoryList } from './categories.ts';
import type { DirectoryList, DirectoryQuery } from './vendors.ts';
import type { VerificationPage } from './badges.ts';

/**
 * The contract between the API and the web app's server entry (web/src/entry-server.tsx): the API
 * hands over the public data it holds, the web app renders the page from it exactly as the browser
 * will, and the browser hydrates that HTML instead of starting from an empty shell.
 */
export interface PublicPageData {
  /** The verification page's data, as `GET /api/v1/directory/{slug}` answers it; undefined for an unknown slug. */
  verification(slug: string): Promise<VerificationPage | undefined>;
  directory(query: DirectoryQuery): Promise<DirectoryList>;
  categories(): Promise<CategoryList>;
}

export interface RenderedPage {
  status: 200 | 404;
  /** `<title>`, description, canonical and Open Graph / Twitter tags, escaped. */
  head: string;
  /** The page's markup inside `#root`; empty when the browser should render it itself. */
  html: string;
  /** The query cache the markup was rendered from, as JSON for the browser to hydrate. */
  state: unknown;
}

/** What the web app's server entry exports. */
export type RenderPublicPage = (url: string, publicUrl: string, data: PublicPageData) => Promise<RenderedPage | null>;
