/**
 * The web app's server entry: the API renders the public pages people share and search engines
 * read — a vendor's verification page and the directory — with their content and their own title,
 * description, canonical address and link-preview tags already in the HTML. The browser then
 * hydrates that markup (main.tsx) from the same query cache. Built by `vite build --ssr` into
 * dist-ssr/, which the API loads; every other page keeps the plain shell.
 */
import { dehydrate, QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, matchPath, StaticRouterProvider } from 'react-router';
import { periodLabel, type PublicPageData, type RenderedPage, type RenderPublicPage, type Verification } from '@cep/shared';
import { AppProvider } from './app/provider.tsx';
import { routes } from './app/router.tsx';
import { BADGE_STATUS_LABELS } from './features/badges/index.ts';
import { directoryFiltersOf } from './features/directory/index.ts';
import { formatDate } from './lib/format.ts';
import { queryKeys } from './lib/query-keys.ts';

const SITE = 'Customer Excellence Pledge';

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

interface Head {
  title: string;
  description: string;
  canonical: string;
  image?: string;
}

/** The tags a search engine indexes and a chat or mail client previews a pasted link with. */
export function headTags({ title, description, canonical, image }: Head): string {
  const tags = [
    `<title>${escapeHtml(title)}</title>`,
    `<meta name="description" content="${escapeHtml(description)}" />`,
    `<link rel="canonical" href="${escapeHtml(canonical)}" />`,
    `<meta property="og:site_name" content="${SITE}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:title" content="${escapeHtml(title)}" />`,
    `<meta property="og:description" content="${escapeHtml(description)}" />`,
    `<meta property="og:url" content="${escapeHtml(canonical)}" />`,
    `<meta name="twitter:card" content="summary" />`,
    `<meta name="twitter:title" content="${escapeHtml(title)}" />`,
    `<meta name="twitter:description" content="${escapeHtml(description)}" />`,
  ];
  if (image) tags.push(`<meta property="og:image" content="${escapeHtml(image)}" />`, `<meta name="twitter:image" content="${escapeHtml(image)}" />`);
  return tags.join('\n    ');
}

/** One sentence on the vendor's standing: what a link preview and a search result show. */
export function verificationHead(v: Verification, publicUrl: string): Head {
  const canonical = `${publicUrl}/verify/${v.slug}`;
  const member = v.status !== 'not_member';
  const facts = member
    ? [
        `${BADGE_STATUS_LABELS[v.status]} since ${formatDate(v.since)}`,
        v.memberSince ? `member since ${formatDate(v.memberSince)}` : null,
        v.lastCheckedPeriod ? `last period checked: ${periodLabel(v.lastCheckedPeriod)}` : 'no period checked yet',
      ]
    : [`not a member of the pledge at present`];
  return {
    title: `${v.name}: ${SITE} — ${BADGE_STATUS_LABELS[v.status].toLowerCase()}`,
    description: `Verify ${v.name} (${v.website}) in the ${SITE} registry: ${facts.filter(Boolean).join('; ')}.`,
    canonical,
    image: `${publicUrl}/badge/${v.slug}.svg`,
  };
}

async function renderApp(url: string, client: QueryClient): Promise<{ html: string; state: unknown }> {
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(new URL(url, 'http://registry.invalid')));
  // No route loads data (the query cache does): the handler only ever answers with a context.
  if (context instanceof Response) throw new Error(`unexpected response while rendering ${url}`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const state = dehydrate(client);
  const html = renderToString(
    <StrictMode>
      <AppProvider initialState={state}>
        {/* No router hydration script: no route loads data, and the site's CSP allows no inline script. */}
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </AppProvider>
    </StrictMode>,
  );
  return { html, state };
}

export const render: RenderPublicPage = async (url: string, publicUrl: string, data: PublicPageData): Promise<RenderedPage | null> => {
  const { pathname, searchParams } = new URL(url, 'http://registry.invalid');
  const client = new QueryClient();
  client.setQueryData(queryKeys.categories, await data.categories());

  const verify = matchPath('/verify/:slug', pathname);
  if (verify?.params.slug) {
    const verification = await data.verification(verify.params.slug);
    if (!verification) {
      // No such vendor: the browser renders the "not a member" answer from the API's 404.
      return {
        status: 404,
        head: headTags({ title: `Not a member — ${SITE}`, description: `No vendor with this address is in the ${SITE} registry.`, canonical: `${publicUrl}${pathname}` }),
        html: '',
        state: null,
      };
    }
    client.setQueryData(queryKeys.directory.verification(verification.slug), verification);
    const { html, state } = await renderApp(url, client);
    return { status: 200, head: headTags(verificationHead(verification, publicUrl)), html, state };
  }

  if (matchPath('/directory', pathname)) {
    const { query } = directoryFiltersOf(searchParams);
    const list = await data.directory(query);
    client.setQueryData(queryKeys.directory.list(query), list);
    const { html, state } = await renderApp(url, client);
    const head = headTags({
      title: `Directory — ${SITE}`,
      description: `${list.total} software vendors who signed the ${SITE} and back it with data every six months, with their live standing.`,
      canonical: `${publicUrl}/directory`,
    });
    return { status: 200, head, html, state };
  }
  return null;
};
