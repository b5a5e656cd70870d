import { expect, test } from './fixtures.ts';

/** A link pasted into chat or mail previews the vendor's standing; search engines read the same HTML. */
test('a verification page arrives with its content and its own title, description, canonical address and preview tags', async ({ request, harness }) => {
  const res = await request.get('/verify/acme');
  expect(res.status()).toBe(200);
  const html = await res.text();
  expect(html).toContain('<title>Acme Learning: Customer Excellence Pledge — active</title>');
  expect(html).toMatch(/<meta name="description" content="Verify Acme Learning \(https:\/\/acme-learning\.example\) in the Customer Excellence Pledge registry: Active since [^"]+; member since [^"]+; last period checked: [^"]+\." \/>/);
  expect(html).toContain(`<link rel="canonical" href="${harness.baseUrl}/verify/acme" />`);
  expect(html).toContain(`<meta property="og:image" content="${harness.baseUrl}/badge/acme.svg" />`);
  expect(html).toContain('<meta name="twitter:card" content="summary" />');
  // The page itself, before any script runs: the heading and the standing.
  expect(html).toMatch(/<div id="root">.*<h1>Acme Learning<\/h1>.*Active since/s);
  // One title: the shell's own is replaced.
  expect(html.match(/<title>/g)).toHaveLength(1);

  const unknown = await request.get('/verify/no-such-vendor');
  expect(unknown.status()).toBe(404);
  expect(await unknown.text()).toContain('<title>Not a member — Customer Excellence Pledge</title>');
});

test('the directory arrives with its vendors in the HTML, filters included', async ({ request }) => {
  const html = await (await request.get('/directory?state=suspended')).text();
  expect(html).toContain('<title>Directory — Customer Excellence Pledge</title>');
  expect(html).toMatch(/<div id="root">.*ContentCraft/s);
  expect(html).not.toMatch(/<div id="root">.*Acme Learning<\/a>/s);
});

test('the browser takes the rendered page over without re-rendering it or reporting a mismatch', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    // An anonymous visitor's silent session refresh is refused (401) on every page: not a problem here.
    if ((message.type() === 'error' && !message.text().startsWith('Failed to load resource')) || /hydrat/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto('/verify/acme?from=www.acme-learning.example');
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Learning' })).toBeVisible();
  // Hydrated: what only the browser knows (where the visitor came from) appears, and links route in the app.
  await expect(page.getByText('You came from www.acme-learning.example — this badge belongs there.')).toBeVisible();
  await page.getByRole('link', { name: 'Directory' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Directory' })).toBeVisible();
  expect(problems).toEqual([]);
});
