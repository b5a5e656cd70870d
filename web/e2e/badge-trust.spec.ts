import { readFile } from 'node:fs/promises';
import type { Agreement, BadgeJson } from '@cep/shared';
import type { APIRequestContext, Page } from '@playwright/test';
import { apiSignIn, apiSignInAsAdmin, createVendor, DEMO_OWNER, expect, signIn, signOut, test } from './fixtures.ts';
import { pageWithSnippets, serveStaticSite } from './harness/static-site.ts';

/** The vendor signs over the API: its pledge is active. */
async function sign(request: APIRequestContext, vendorId: string, ownerEmail: string, password: string): Promise<void> {
  const owner = await apiSignIn(request, ownerEmail, password);
  const agreement = (await (await request.get('/api/v1/agreements/current')).json()) as Agreement;
  const signed = await request.post(`/api/v1/vendors/${vendorId}/pledge/sign`, {
    headers: owner,
    data: { signerName: 'Olive Owner', signerTitle: 'Head of Support', accept: true, agreementVersion: agreement.version },
  });
  expect(signed.status(), await signed.text()).toBe(200);
}

/** What the registry's badge says now (the server side: the cache every instance serves from). */
async function serverStatus(request: APIRequestContext, slug: string): Promise<string> {
  return ((await (await request.get(`/badge/${slug}.json`)).json()) as BadgeJson).status;
}

/** Reloads the page and returns the SVG the browser shows for the badge, whether it came over the network or from its cache. */
async function badgeAfterReload(page: Page, slug: string): Promise<string> {
  const response = page.waitForResponse((r) => r.url().endsWith(`/badge/${slug}.svg`));
  await page.reload();
  const answer = await response;
  // A 304 means the browser's copy is current: it shows what it had.
  return answer.status() === 304 ? 'unchanged' : answer.text();
}

test('a page on another site shows the badge; after a suspension the next reload shows "suspended", after reinstatement "active"', async ({ browser, request, mail, harness }) => {
  const { vendor, ownerEmail, password } = await createVendor(request, mail, harness, 'Fresh Badge');
  await sign(request, vendor.id, ownerEmail, password);
  // The vendor lists the site (Chromium resolves every *.localhost name to this machine).
  const owner = await apiSignIn(request, ownerEmail, password);
  const current = await request.get(`/api/v1/vendors/${vendor.id}`, { headers: owner });
  const listed = await request.patch(`/api/v1/vendors/${vendor.id}`, { headers: { ...owner, 'if-match': current.headers().etag ?? '' }, data: { badgeDomains: ['shop.localhost'] } });
  expect(listed.status(), await listed.text()).toBe(200);
  await expect.poll(() => serverStatus(request, vendor.slug)).toBe('active');
  const admin = await apiSignInAsAdmin(request, harness);

  const html = `<a href="${harness.baseUrl}/verify/${vendor.slug}"><img src="${harness.baseUrl}/badge/${vendor.slug}.svg" alt="Customer Excellence Pledge — verify status" height="20"></a>`;
  const site = await serveStaticSite({ 'index.html': pageWithSnippets({ 'html-variant': html }) });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const first = page.waitForResponse((r) => r.url().endsWith(`/badge/${vendor.slug}.svg`));
    await page.goto(site.url.replace('//localhost:', '//shop.localhost:'));
    expect(await (await first).text()).toContain('>active<');
    // A reload while nothing changed costs one conditional request, answered 304.
    expect(await badgeAfterReload(page, vendor.slug)).toBe('unchanged');

    const suspended = await request.post(`/api/v1/vendors/${vendor.id}/pledge/suspend`, { headers: admin, data: { reason: 'Browser test', reasonCategory: 'complaints' } });
    expect(suspended.status(), await suspended.text()).toBe(200);
    // The registry's badge changes within a second (SPEC §7); the browser, which revalidates on
    // every view, shows it on the very next reload.
    await expect.poll(() => serverStatus(request, vendor.slug), { timeout: 2_000 }).toBe('suspended');
    expect(await badgeAfterReload(page, vendor.slug)).toContain('>suspended<');

    const reinstated = await request.post(`/api/v1/vendors/${vendor.id}/pledge/reinstate`, { headers: admin, data: { reason: 'Resolved' } });
    expect(reinstated.status(), await reinstated.text()).toBe(200);
    await expect.poll(() => serverStatus(request, vendor.slug), { timeout: 2_000 }).toBe('active');
    expect(await badgeAfterReload(page, vendor.slug)).toContain('>active<');
  } finally {
    await context.close();
    await site.close();
  }
});

test('the badge on a listed site follows the state on the next view: "suspended", then "active"', async ({ page, request, mail, harness }) => {
  const { vendor, ownerEmail, password } = await createVendor(request, mail, harness, 'Listed Badge');
  await sign(request, vendor.id, ownerEmail, password);
  await expect.poll(() => serverStatus(request, vendor.slug)).toBe('active');
  const admin = await apiSignInAsAdmin(request, harness);

  // The registry's own pages count as a listed site: its verification page shows the live badge.
  await page.goto(`/verify/${vendor.slug}`);
  const badge = page.getByRole('img', { name: /Customer Excellence Pledge: active/ });
  await expect(badge).toBeVisible();
  expect(await badgeAfterReload(page, vendor.slug)).toBe('unchanged');

  const suspended = await request.post(`/api/v1/vendors/${vendor.id}/pledge/suspend`, { headers: admin, data: { reason: 'Browser test', reasonCategory: 'complaints' } });
  expect(suspended.status(), await suspended.text()).toBe(200);
  await expect.poll(() => serverStatus(request, vendor.slug), { timeout: 2_000 }).toBe('suspended');
  expect(await badgeAfterReload(page, vendor.slug)).toContain('>suspended<');
  await expect(page.getByText(/suspended the pledge of .* because of customer complaints that were not resolved/)).toBeVisible();
  await expect(page.getByText(/^Member since/)).toBeVisible();

  const reinstated = await request.post(`/api/v1/vendors/${vendor.id}/pledge/reinstate`, { headers: admin, data: { reason: 'Resolved' } });
  expect(reinstated.status(), await reinstated.text()).toBe(200);
  await expect.poll(() => serverStatus(request, vendor.slug), { timeout: 2_000 }).toBe('active');
  expect(await badgeAfterReload(page, vendor.slug)).toContain('>active<');
});

test('a buyer who clicks a badge on a copied page is told it is not genuine; one from a listed site is told it belongs there', async ({ browser, harness }) => {
  const base = harness.baseUrl;
  const html = `<a href="${base}/verify/acme"><img src="${base}/badge/acme.svg" alt="Customer Excellence Pledge — verify status" height="20"></a>`;
  const script = `<span data-cep-badge="acme"></span><script async src="${base}/embed.js"></script>`;
  const site = await serveStaticSite({ 'index.html': pageWithSnippets({ 'html-variant': html, 'script-variant': script }) });
  const context = await browser.newContext();
  try {
    const visitor = await context.newPage();
    await visitor.goto(site.url);
    // The script snippet's alt text follows the live state, judged for this page.
    await expect(visitor.locator('#script-variant img')).toHaveAttribute('alt', 'Acme Learning: Customer Excellence Pledge — unverified site. Select to verify.');
    await expect(visitor.locator('#script-variant a')).toHaveAttribute('href', `${base}/verify/acme?from=${site.host}`);

    // The HTML snippet: the verification page reads the referrer.
    await visitor.locator('#html-variant a').click();
    await expect(visitor).toHaveURL(`${base}/verify/acme`);
    await expect(visitor.getByText(`You came from ${site.host}, which is not one of Acme Learning’s sites: the badge there is not genuine.`)).toBeVisible();

    // The script snippet's link says where it was clicked.
    await visitor.goto(site.url);
    await visitor.locator('#script-variant a').click();
    await expect(visitor.getByText(`You came from ${site.host}, which is not one of Acme Learning’s sites: the badge there is not genuine.`)).toBeVisible();

    // From one of acme's own sites.
    await visitor.goto(`${base}/verify/acme?from=www.acme-learning.example`);
    await expect(visitor.getByText('You came from www.acme-learning.example — this badge belongs there.')).toBeVisible();
  } finally {
    await context.close();
    await site.close();
  }
});

test('a member downloads its signed credential; a buyer uploads it on /verify and is told it is valid, and a changed copy is not', async ({ page, harness }) => {
  await signIn(page, DEMO_OWNER, harness.demoPassword);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Badge' }).click();
  await expect(page.getByRole('heading', { name: 'Your signed credential' })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the credential (JSON)' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toBe('cep-credential-acme.json');
  const saved = await file.path();
  const { jwt } = JSON.parse(await readFile(saved, 'utf8')) as { jwt: string };
  await signOut(page);

  await page.goto('/verify');
  await expect(page.getByRole('heading', { level: 1, name: 'Check a credential' })).toBeVisible();
  await page.getByLabel('Or its file').setInputFiles(saved);
  await page.getByRole('button', { name: 'Check the credential' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Valid: signed by this registry for Acme Learning' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'See the current standing of Acme Learning' })).toHaveAttribute('href', '/verify/acme');

  const [header, payload, signature] = jwt.split('.') as [string, string, string];
  const changed = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { credentialSubject: { name: string } };
  changed.credentialSubject.name = 'Copycat Ltd';
  await page.getByLabel('Credential', { exact: true }).fill(`${header}.${Buffer.from(JSON.stringify(changed)).toString('base64url')}.${signature}`);
  await page.getByRole('button', { name: 'Check the credential' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Not signed by this registry' })).toBeVisible();
});

test('the snippet builder offers the small badge and the seal, light and dark, with a live preview; the pasted script draws the chosen look', async ({ page, browser, harness }) => {
  const base = harness.baseUrl;
  await signIn(page, DEMO_OWNER, harness.demoPassword);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Badge' }).click();
  await page.getByRole('radio', { name: 'Seal (member since, last period checked)' }).check();
  await page.getByRole('radio', { name: 'For dark pages' }).check();
  const preview = page.getByRole('group', { name: 'Preview of the chosen look' }).getByRole('img');
  await expect(preview).toHaveAttribute('src', '/badge/acme.svg?style=seal&theme=dark');
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalHeight : 0))).toBe(72);
  await expect(page.getByRole('textbox', { name: 'HTML snippet' })).toHaveValue(
    `<a href="${base}/verify/acme"><img src="${base}/badge/acme.svg?style=seal&amp;theme=dark" alt="Customer Excellence Pledge — verify status" height="72"></a>`,
  );
  const script = await page.getByRole('textbox', { name: 'Script snippet' }).inputValue();
  expect(script).toBe(`<span data-cep-badge="acme" data-cep-style="seal" data-cep-theme="dark"></span><script async src="${base}/embed.js"></script>`);

  const site = await serveStaticSite({ 'index.html': pageWithSnippets({ 'script-variant': script }) });
  const context = await browser.newContext();
  try {
    const visitor = await context.newPage();
    await visitor.goto(site.url);
    const img = visitor.locator('#script-variant img');
    await expect(img).toHaveAttribute('src', `${base}/badge/acme.svg?style=seal&theme=dark`);
    await expect(img).toHaveAttribute('height', '72');
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => (el.complete ? el.naturalHeight : 0))).toBe(72);
  } finally {
    await context.close();
    await site.close();
  }
});
