import type { Browser, Locator, Page } from '@playwright/test';
import { DEMO_OWNER, expect, signIn, test } from './fixtures.ts';
import { pageWithSnippets, serveStaticSite, type StaticSite } from './harness/static-site.ts';

/** An <img> that finished loading and drew something. */
async function expectLoaded(image: Locator): Promise<void> {
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0))).toBeGreaterThan(0);
}

/** The two snippets as acme's owner copies them from the dashboard. */
async function snippetsFromDashboard(page: Page, password: string): Promise<{ html: string; script: string }> {
  await signIn(page, DEMO_OWNER, password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Badge' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your badge' })).toBeVisible();
  return { html: await page.getByRole('textbox', { name: 'HTML snippet' }).inputValue(), script: await page.getByRole('textbox', { name: 'Script snippet' }).inputValue() };
}

/** Opens the site in a browser context of its own: a visitor who never signed in to the registry. */
async function visit(browser: Browser, site: StaticSite) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(site.url);
  return { page, close: () => context.close() };
}

test('the HTML snippet from the dashboard, pasted into another site, shows the live badge linked to the verification page, reads "unverified site" there, and the dashboard counts it', async ({
  page,
  browser,
  context,
  harness,
}) => {
  const base = harness.baseUrl;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  const { html, script } = await snippetsFromDashboard(page, harness.demoPassword);
  expect(html).toBe(`<a href="${base}/verify/acme"><img src="${base}/badge/acme.svg" alt="Customer Excellence Pledge — verify status" height="20"></a>`);
  expect(script).toBe(`<span data-cep-badge="acme"></span><script async src="${base}/embed.js"></script>`);

  // The dashboard around the snippets: a live preview, a working copy button, the badge domains.
  await expectLoaded(page.getByRole('img', { name: 'Customer Excellence Pledge: active', exact: true }));
  await page.getByRole('button', { name: 'Copy the HTML snippet' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(html);
  await expect(page.getByRole('list', { name: 'Your badge domains' })).toContainText('acme-learning.example');
  await expect(page.getByRole('link', { name: 'Edit the badge domains in your profile' })).toHaveAttribute('href', '/vendor/profile');

  const site = await serveStaticSite({ 'index.html': pageWithSnippets({ 'html-variant': html }) });
  try {
    const visitor = await visit(browser, site);
    try {
      const badge = visitor.page.locator('#html-variant img');
      await expectLoaded(badge);
      await expect(visitor.page.locator('#html-variant a')).toHaveAttribute('href', `${base}/verify/acme`);

      // This site is not one of acme's badge domains: the image the page gets says so.
      const svg = await visitor.page.evaluate(async (src) => (await fetch(src, { credentials: 'omit' })).text(), `${base}/badge/acme.svg`);
      expect(svg).toContain('unverified site');
      expect(svg).toContain('<title>Acme Learning: Customer Excellence Pledge — unverified site</title>');

      // The badge leads to the registry's verification page.
      await visitor.page.locator('#html-variant a').click();
      await expect(visitor.page).toHaveURL(`${base}/verify/acme`);
      await expect(visitor.page.getByRole('heading', { level: 1, name: 'Acme Learning' })).toBeVisible();
    } finally {
      await visitor.close();
    }
  } finally {
    await site.close();
  }

  // The dashboard counts the "unverified site" requests by the site's host (views are flushed on read).
  await page.getByRole('button', { name: 'Refresh the counts' }).click();
  const table = page.getByRole('table', { name: 'Badge requests by site, last 30 days' });
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: site.host, exact: true }) });
  await expect(row).toBeVisible();
  await expect(row.getByRole('cell').nth(0)).toHaveText('0');
  await expect.poll(async () => Number(await row.getByRole('cell').nth(1).textContent())).toBeGreaterThanOrEqual(1);
});

/** The script variant, exactly as pasted: /embed.js is served with `Cross-Origin-Resource-Policy: cross-origin`. */
test('the script snippet from the dashboard, pasted into another site, draws the linked badge', async ({ page, browser, harness }) => {
  const base = harness.baseUrl;
  const { script } = await snippetsFromDashboard(page, harness.demoPassword);
  const site = await serveStaticSite({ 'index.html': pageWithSnippets({ 'script-variant': script }) });
  try {
    const visitor = await visit(browser, site);
    try {
      await expectLoaded(visitor.page.locator('#script-variant img'));
      await expect(visitor.page.locator('#script-variant a')).toHaveAttribute('href', `${base}/verify/acme?from=${site.host}`);
    } finally {
      await visitor.close();
    }
  } finally {
    await site.close();
  }
});

test('embed.js draws every badge placeholder with the registry it was loaded from', async ({ page, browser, harness }) => {
  const base = harness.baseUrl;
  const { script } = await snippetsFromDashboard(page, harness.demoPassword);
  // Two placeholders, the script included twice, and one placeholder that names no possible vendor.
  const html = pageWithSnippets({ 'script-variant': script, second: `${script}<span data-cep-badge="talentgrid"></span>`, broken: '<span data-cep-badge="Not A Slug">no badge</span>' });
  const site = await serveStaticSite({ 'index.html': html });
  try {
    const context = await browser.newContext();
    try {
      const visitor = await context.newPage();
      await visitor.goto(site.url);
      await expectLoaded(visitor.locator('#script-variant img'));
      await expect(visitor.locator('#script-variant a')).toHaveAttribute('href', `${base}/verify/acme?from=${site.host}`);
      await expect(visitor.locator('#script-variant img')).toHaveAttribute('src', `${base}/badge/acme.svg`);
      await expect(visitor.locator('#script-variant img')).toHaveAttribute('crossorigin', 'anonymous');
      await expectLoaded(visitor.locator('#second [data-cep-badge="talentgrid"] img'));
      await expect(visitor.locator('#second [data-cep-badge="talentgrid"] a')).toHaveAttribute('href', `${base}/verify/talentgrid?from=${site.host}`);
      // Each placeholder is drawn once, however often the script runs.
      await expect(visitor.locator('[data-cep-badge] img')).toHaveCount(3);
      await expect(visitor.locator('#broken')).toHaveText('Our pledge: no badge');
    } finally {
      await context.close();
    }
  } finally {
    await site.close();
  }
});
