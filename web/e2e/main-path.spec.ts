import { randomUUID } from 'node:crypto';
import type { Agreement, TokenResponse, Vendor } from '@cep/shared';
import type { APIRequestContext } from '@playwright/test';
import { expect, signInAsAdmin, signOut, test, uniqueTag } from './fixtures.ts';

test('a visitor applies, the admin approves, the invited owner sets up the account and keeps the profile', async ({ page, request, mail, harness }, testInfo) => {
  const tag = uniqueTag();
  const company = `Lumen Academy ${tag}`;
  const ownerEmail = `owner-${tag}@lumen.example`;
  const password = 'correct horse battery staple';

  // 1. A visitor applies.
  await page.goto('/apply');
  await page.getByLabel('Company name').fill(company);
  await page.getByLabel('Web site').fill(`https://lumen-${tag}.example`);
  await page.getByLabel('Category').selectOption({ label: 'Learning management system' });
  await page.getByLabel('Your name').fill('Lena Lumen');
  await page.getByLabel('Your job title').fill('Head of Support');
  await page.getByLabel('Your e-mail').fill(ownerEmail);
  await page.getByRole('button', { name: 'Send application' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you, your application is in' })).toBeVisible();
  await expect(page.getByText(`We have sent a receipt to ${ownerEmail}.`)).toBeVisible();

  // 2. The admin approves it.
  await signInAsAdmin(page, harness);
  // The admin lands on the inbox, which opens the queue of pending applications.
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole('link', { name: /applications? to decide/ }).click();
  await expect(page).toHaveURL(/\/admin\/applications\?status=pending$/);
  const card = page.getByRole('article', { name: company });
  await expect(card.getByText('Head of Support')).toBeVisible();
  await card.getByRole('button', { name: 'Approve' }).click();
  const dialog = page.getByRole('dialog', { name: `Approve ${company}` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Approve and invite' }).click();
  await expect(page.getByText(`Approved ${company}`)).toBeVisible();
  await expect(card).toBeHidden();
  await signOut(page);

  // 3. The invitation reaches the owner through SMTP.
  const invitation = await mail.waitFor({ to: ownerEmail, subject: /You are invited to manage/ });
  const link = /https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]+/.exec(invitation.text)?.[0];
  expect(link, invitation.text).toBeDefined();
  expect(link?.startsWith(harness.baseUrl)).toBe(true);

  // 4. The owner opens the link and sets a name and password.
  await page.goto(link ?? '');
  await expect(page.getByRole('heading', { name: `Join ${company}` })).toBeVisible();
  await expect(page.getByText(ownerEmail)).toBeVisible();
  await page.getByLabel('Your name').fill('Lena Lumen');
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Password again').fill(password);
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByText('Your account is ready')).toBeVisible();
  await expect(page.getByLabel('E-mail')).toHaveValue(ownerEmail);

  // 5. The owner signs in and edits the profile.
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  // The owner lands on the vendor's home, whose to-do list starts with signing the pledge.
  await expect(page).toHaveURL(/\/vendor$/);
  await expect(page.getByRole('listitem').filter({ hasText: 'Sign the pledge' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Profile' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(company);

  const description = `Lumen runs online academies for hospitals (${tag}).`;
  await page.getByLabel('Description').fill(description);
  await page.getByLabel('a person').check();
  await page.getByLabel('Contact name').fill('Lena Lumen');
  await page.getByLabel('Contact e-mail').fill(`care-${tag}@lumen.example`);
  await page.getByLabel('Add a domain').fill('https://Help.Lumen.example/support');
  await page.getByRole('button', { name: 'Add domain' }).click();
  await expect(page.getByRole('list', { name: 'Badge domains' }).getByText('help.lumen.example')).toBeVisible();
  await page.getByLabel('Time zone').selectOption('Europe/Berlin');
  await page.getByLabel('Friday, range 1, closes').fill('15:30');
  await page.getByRole('button', { name: 'Add hours on Saturday' }).click();
  await page.getByLabel('Saturday, range 1, opens').fill('10:00');
  await page.getByLabel('Saturday, range 1, closes').fill('14:00');
  await page.getByLabel('Add a holiday').fill('2026-12-24');
  await page.getByRole('button', { name: 'Add holiday' }).click();
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText(/Profile saved at/)).toBeVisible();

  await page.screenshot({ path: testInfo.outputPath('profile-editor.png'), fullPage: true });

  // 6. After a reload (a new access token from the refresh cookie) the change is there.
  await page.reload();
  await expect(page.getByLabel('Description')).toHaveValue(description);
  await expect(page.getByLabel('a person')).toBeChecked();
  await expect(page.getByLabel('Contact name')).toHaveValue('Lena Lumen');
  await expect(page.getByLabel('Contact e-mail')).toHaveValue(`care-${tag}@lumen.example`);
  const domains = page.getByRole('list', { name: 'Badge domains' });
  await expect(domains.getByText('help.lumen.example')).toBeVisible();
  await expect(domains.getByText(`lumen-${tag}.example`)).toBeVisible();
  await expect(page.getByLabel('Time zone')).toHaveValue('Europe/Berlin');
  await expect(page.getByLabel('Friday, range 1, closes')).toHaveValue('15:30');
  await expect(page.getByLabel('Saturday, range 1, opens')).toHaveValue('10:00');
  await expect(page.getByLabel('Saturday, range 1, closes')).toHaveValue('14:00');
  await expect(page.getByRole('list', { name: 'Holidays' }).locator('time[datetime="2026-12-24"]')).toBeVisible();

  // 6. Until the pledge is signed the vendor is not in the public directory, and its verification page says so.
  await page.goto(`/directory?q=${encodeURIComponent(tag)}`);
  await expect(page.getByText('No vendors match')).toBeVisible();
  const { vendorId, headers } = await signInOverApi(request, ownerEmail, password);
  const vendor = (await (await request.get(`/api/v1/vendors/${vendorId}`, { headers })).json()) as Vendor;
  await page.goto(`/verify/${vendor.slug}`);
  await expect(page.getByRole('heading', { level: 1, name: company })).toBeVisible();
  await expect(page.getByText(`${company} has not signed the current pledge.`)).toBeVisible();

  // 7. Once signed (over the API here), the directory lists it, active, with the new description.
  const agreement = (await (await request.get('/api/v1/agreements/current')).json()) as Agreement;
  const signed = await request.post(`/api/v1/vendors/${vendorId}/pledge/sign`, {
    headers: { ...headers, 'idempotency-key': randomUUID() },
    data: { signerName: 'Lena Lumen', signerTitle: 'Head of Support', accept: true, agreementVersion: agreement.version },
  });
  expect(signed.status(), await signed.text()).toBe(200);
  await page.goto(`/directory?q=${encodeURIComponent(tag)}`);
  await expect(page.getByRole('link', { name: company, exact: true })).toBeVisible();
  await expect(page.getByText(description)).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: company })).toContainText('Active since');
});

/** Signs in over the API (no browser): the account's vendor and the bearer header for further calls. */
async function signInOverApi(request: APIRequestContext, email: string, password: string): Promise<{ vendorId: string; headers: Record<string, string> }> {
  const response = await request.post('/api/v1/auth/login', { data: { email, password } });
  expect(response.status(), await response.text()).toBe(200);
  const tokens = (await response.json()) as TokenResponse;
  if (!tokens.user.vendorId) throw new Error(`${email} belongs to no vendor`);
  return { vendorId: tokens.user.vendorId, headers: { authorization: `Bearer ${tokens.accessToken}` } };
}
