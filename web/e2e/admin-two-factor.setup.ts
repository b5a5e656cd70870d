import { Secret, TOTP } from 'otpauth';
import { expect, signOut, test } from './fixtures.ts';
import { holdAdminSecret, nextAdminCode } from './harness/admin-authenticator.ts';

/**
 * The admin's first sign-in: an admin account must set up two-step sign-in before anything else.
 * Every other browser test depends on this one (playwright.config.ts), and signs the admin in with
 * the app it sets up here.
 */
test('an admin is sent to set up an authenticator app, then signs in with its code', async ({ page, harness, mail }) => {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(harness.adminEmail);
  await page.getByLabel('Password').fill(harness.adminPassword);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();

  await expect(page).toHaveURL(/\/account\/two-factor$/);
  await expect(page.getByRole('alert')).toContainText('Set up a second factor to continue');
  // Nothing else opens until it is done.
  await page.goto('/admin/vendors');
  await expect(page).toHaveURL(/\/account\/two-factor$/);

  await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
  await expect(page.getByRole('img', { name: 'QR code for the authenticator app' })).toBeVisible();
  const secret = (await page.getByTestId('totp-secret').textContent())?.trim() ?? '';
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  // The phone's app, scanning the code: a wrong code first, then the one it shows.
  const app = new TOTP({ secret: Secret.fromBase32(secret) });
  await page.getByLabel('Code from the app').fill('000000');
  await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
  await expect(page.getByText('does not match')).toBeVisible();
  const usedAt = new Date();
  await page.getByLabel('Code from the app').fill(app.generate({ timestamp: usedAt.getTime() }));
  await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();

  const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
  await expect(codes).toHaveCount(10);
  await expect(page.getByRole('link', { name: 'Download as a text file' })).toHaveAttribute('download', 'cep-recovery-codes.txt');
  await holdAdminSecret(harness, secret, usedAt);
  await page.getByRole('button', { name: 'I have saved them' }).click();
  await expect(page.getByText('Two-step sign-in is on')).toBeVisible();
  await mail.waitFor({ to: harness.adminEmail, subject: /Two-step sign-in is on/ });

  await signOut(page);
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(harness.adminEmail);
  await page.getByLabel('Password').fill(harness.adminPassword);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByLabel('Authentication code').fill('123 456');
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByText(/not accepted; 4 tries left/)).toBeVisible();
  await page.getByLabel('Authentication code').fill(await nextAdminCode(harness));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
