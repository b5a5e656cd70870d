import { expect, signInAsAdmin, test } from './fixtures.ts';

test('the apply form names its invalid fields next to them before sending anything', async ({ page }) => {
  await page.goto('/apply');
  await page.getByLabel('Company name').fill('Almost Right Ltd');
  await page.getByLabel('Web site').fill('almost-right.example');
  await page.getByLabel('Category').selectOption({ label: 'Other' });
  await page.getByLabel('Your name').fill('Al Most');
  await page.getByLabel('Your e-mail').fill('al.most-at-example');

  let sent = false;
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/api/v1/applications')) sent = true;
  });
  await page.getByRole('button', { name: 'Send application' }).click();

  await expect(page.getByLabel('Web site')).toHaveAccessibleDescription(/Web site must be a web address starting with http:\/\/ or https:\/\//);
  await expect(page.getByLabel('Your e-mail')).toHaveAccessibleDescription(/Your e-mail must be a valid e-mail address/);
  await expect(page.getByLabel('Web site')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Company name')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: '2 things need fixing' })).toBeFocused();
  expect(sent).toBe(false);

  // Fixing the fields clears the errors and the application goes through.
  await page.getByLabel('Web site').fill('https://almost-right.example');
  await page.getByLabel('Your e-mail').fill('al.most@almost-right.example');
  await page.getByRole('button', { name: 'Send application' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you, your application is in' })).toBeVisible();
});

test('a rule only the server knows (a range that closes before it opens) shows next to its field', async ({ page, harness }) => {
  await signInAsAdmin(page, harness);
  await page.goto('/admin/vendors');
  await page.getByRole('link', { name: 'Authorly', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Authorly' })).toBeVisible();

  await page.getByLabel('Monday, range 1, opens').fill('17:00');
  await page.getByLabel('Monday, range 1, closes').fill('09:00');
  const answer = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().includes('/api/v1/vendors/'));
  await page.getByRole('button', { name: 'Save profile' }).click();
  expect((await answer).status()).toBe(400);

  await expect(page.getByLabel('Monday, range 1, opens')).toHaveAccessibleDescription('Monday, range 1 must close after it opens');
  await expect(page.getByLabel('Monday, range 1, closes')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Tuesday, range 1, opens')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: 'Monday, range 1: must close after it opens' })).toBeVisible();
});

test('a duplicate slug on approval shows next to the slug field', async ({ page, harness }) => {
  await signInAsAdmin(page, harness);
  await page.goto('/admin/applications');
  const card = page.getByRole('article', { name: 'Skillforge' });
  await card.getByRole('button', { name: 'Approve' }).click();
  const dialog = page.getByRole('dialog', { name: 'Approve Skillforge' });
  await dialog.getByLabel('Slug').fill('acme');
  await dialog.getByRole('button', { name: 'Approve and invite' }).click();
  await expect(dialog.getByLabel('Slug')).toHaveAccessibleDescription(/Slug is taken by another vendor/);

  // A malformed slug is caught before sending.
  await dialog.getByLabel('Slug').fill('Not A Slug');
  await dialog.getByRole('button', { name: 'Approve and invite' }).click();
  await expect(dialog.getByLabel('Slug')).toHaveAccessibleDescription(/Slug may contain only lower-case letters, digits and inner hyphens/);

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(card.getByRole('button', { name: 'Approve' })).toBeVisible();
});
