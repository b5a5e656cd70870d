import { DEMO_OWNER, expect, signInAsAdmin, signOut, test } from './fixtures.ts';

test('navigation follows the role, guards keep vendors out of admin pages, and a reload keeps the session', async ({ page, harness }) => {
  const nav = page.getByRole('navigation', { name: 'Main' });

  // A stranger sees the public links and is sent to sign in from a vendor page.
  await page.goto('/');
  await expect(nav.getByRole('link', { name: 'Directory' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Apply' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Profile' })).toHaveCount(0);
  await page.goto('/vendor/profile');
  await expect(page).toHaveURL(/\/login$/);

  // Signing in from there comes back to the page asked for.
  await page.getByLabel('E-mail').fill(DEMO_OWNER);
  await page.getByLabel('Password').fill(harness.demoPassword);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/vendor\/profile$/);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Acme Learning');
  await expect(nav.getByRole('link', { name: 'Profile' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Team' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Applications' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Outbox' })).toHaveCount(0);

  // A vendor may not open admin pages.
  for (const path of ['/admin/applications', '/admin/vendors', '/admin/outbox']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
  }

  // A reload loses the in-memory access token; the refresh cookie restores the session silently.
  await page.goto('/vendor/team');
  await expect(page.getByRole('cell', { name: DEMO_OWNER })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.getByRole('cell', { name: DEMO_OWNER })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Invite a colleague' })).toBeVisible();

  // Signing out returns to the public navigation, and a reload does not bring the session back.
  await signOut(page);
  await expect(page).toHaveURL(/\/$/);
  await expect(nav.getByRole('link', { name: 'Profile' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto('/vendor/team');
  await expect(page).toHaveURL(/\/login$/);
});

test('the admin sees the admin navigation and can open every admin page', async ({ page, harness }) => {
  const nav = page.getByRole('navigation', { name: 'Main' });
  await signInAsAdmin(page, harness);
  for (const [link, heading] of [
    ['Applications', 'Applications'],
    ['Vendors', 'Vendors'],
    ['Outbox', 'Outbox'],
  ] as const) {
    await nav.getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
  await expect(nav.getByRole('link', { name: 'Profile' })).toHaveCount(0);

  // The outbox shows what the registry sent; a message opens to its text.
  const welcome = page.getByRole('group').filter({ hasText: 'Welcome to the Customer Excellence Pledge registry' });
  await page.getByLabel('Status').selectOption('held');
  await welcome.locator('summary').click();
  await expect(welcome.getByText('This demo message shows how the outbox keeps e-mail')).toBeVisible();

  // Vendors sort by name both ways.
  await nav.getByRole('link', { name: 'Vendors' }).click();
  const firstName = page.getByRole('row').nth(1).getByRole('link').first();
  await expect(firstName).toHaveText('Acme Learning');
  await page.getByRole('button', { name: /^Name/ }).click();
  await expect(page).toHaveURL(/sort=-name/);
  await expect(firstName).not.toHaveText('Acme Learning');
});

test('an unknown address shows a not-found page', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page.getByRole('heading', { name: 'Support promises, backed by data' })).toBeVisible();
});
