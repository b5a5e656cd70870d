import type { Agreement } from '@cep/shared';
import { expect, signInAsAdmin, test, uniqueTag } from './fixtures.ts';

/** `datetime-local` wants the admin's local time, `YYYY-MM-DDTHH:MM`. */
function localDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/*
 * The version published here takes effect in 30 days, so the version in effect (what every other
 * test signs and compares hashes with) stays the same for the whole run, whatever order files run in.
 */
test('the admin publishes a new agreement version after previewing it and confirming', async ({ page, request, harness }, testInfo) => {
  const tag = uniqueTag();
  const before = (await (await request.get('/api/v1/agreements/current')).json()) as Agreement;

  await signInAsAdmin(page, harness);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Agreements' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Agreement versions' })).toBeVisible();
  const versions = page.getByRole('table', { name: 'Published versions' });
  const inEffect = versions.getByRole('row').filter({ hasText: before.textSha256 });
  await expect(inEffect).toContainText(before.title);
  await expect(inEffect).toContainText('In effect');

  // Nothing filled in: each field says what it needs, and nothing is sent.
  await page.getByRole('button', { name: 'Review and publish' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'things need fixing' })).toBeFocused();
  await expect(page.getByLabel('Title')).toHaveAccessibleDescription(/Title must have at least 3 characters besides spaces/);
  await expect(page.getByLabel('Text', { exact: true })).toHaveAccessibleDescription(/Text must have at least 50 characters besides spaces/);

  // Start from the version in effect, then change it: the preview follows as the text is typed.
  await page.getByRole('button', { name: `Start from version ${before.version}` }).click();
  await expect(page.getByLabel('Text', { exact: true })).toHaveValue(before.text);
  const preview = page.getByRole('region', { name: 'Preview of the agreement text' });
  await expect(preview).toContainText('CHECKPOINTS');
  const title = `Customer Excellence Pledge, revised ${tag}`;
  const addition = `5. We publish our support hours and answer within them (${tag}).`;
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Text', { exact: true }).fill(`${before.text}\n\n${addition}`);
  await expect(preview).toContainText(addition);
  await expect(preview.getByRole('heading', { name: title })).toBeVisible();
  await page.getByLabel('Response target (business minutes)').fill('90');
  await page.getByLabel('Share within the target (%)').fill('97.5');

  // A time in the past is refused next to its field.
  await page.getByLabel('Takes effect').fill(localDateTime(new Date(Date.now() - 2 * 86_400_000)));
  await page.getByRole('button', { name: 'Review and publish' }).click();
  await expect(page.getByLabel('Takes effect')).toHaveAccessibleDescription(/Takes effect must not be in the past/);
  const effective = new Date(Date.now() + 30 * 86_400_000);
  await page.getByLabel('Takes effect').fill(localDateTime(effective));

  await page.screenshot({ path: testInfo.outputPath('publish-form.png'), fullPage: true });

  // The confirmation step summarises; going back keeps what was typed.
  await page.getByRole('button', { name: 'Review and publish' }).click();
  const confirm = page.getByRole('dialog', { name: /^Publish version \d+\?$/ });
  await expect(confirm).toContainText(title);
  await expect(confirm).toContainText('97.5% of first responses within 90 business minutes');
  await confirm.getByRole('button', { name: 'Back to editing' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByLabel('Title')).toHaveValue(title);

  await page.getByRole('button', { name: 'Review and publish' }).click();
  const answer = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/api/v1/agreements'));
  await confirm.getByRole('button', { name: /^Publish version \d+$/ }).click();
  const response = await answer;
  expect(response.status()).toBe(201);
  expect(response.request().headers()['idempotency-key']).toBeTruthy();
  const published = (await response.json()) as Agreement;
  expect(published.version).toBeGreaterThan(before.version);
  expect(published.text).toContain(addition);
  expect(published.responseTargetShare).toBe(0.975);
  expect(published.responseTargetMinutes).toBe(90);

  await expect(confirm).toBeHidden();
  await expect(page.getByText(`Version ${published.version} published`)).toBeVisible();
  await expect(page.getByLabel('Title')).toHaveValue('');
  const row = versions.getByRole('row').filter({ hasText: title });
  await expect(row).toContainText('Scheduled');
  await expect(row).toContainText(published.textSha256);

  // Not in effect yet: vendors still sign the version they signed before.
  const still = (await (await request.get('/api/v1/agreements/current')).json()) as Agreement;
  expect(still.version).toBe(before.version);
});
