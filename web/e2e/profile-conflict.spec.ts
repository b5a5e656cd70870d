import { expect, signInAsAdmin, test, uniqueTag } from './fixtures.ts';

test('saving over someone else’s newer save is refused (412) and offers a reload', async ({ page, context, harness }) => {
  await signInAsAdmin(page, harness);
  await page.goto('/admin/vendors?q=contentcraft');
  await page.getByRole('link', { name: 'ContentCraft', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'ContentCraft' })).toBeVisible();
  const editorUrl = page.url();

  // A second tab opens the same profile and saves first.
  const other = await context.newPage();
  await other.goto(editorUrl);
  const theirs = `Saved in the other tab (${uniqueTag()}).`;
  await other.getByLabel('Description').fill(theirs);
  await other.getByRole('button', { name: 'Save profile' }).click();
  await expect(other.getByText(/Profile saved at/)).toBeVisible();
  await other.close();

  // This tab still holds the old version: its save is refused and nothing is overwritten.
  await page.getByLabel('Description').fill('A stale edit that must not win.');
  const answer = page.waitForResponse((r) => r.request().method() === 'PATCH');
  await page.getByRole('button', { name: 'Save profile' }).click();
  expect((await answer).status()).toBe(412);
  const warning = page.getByRole('alert').filter({ hasText: 'Someone else changed this profile' });
  await expect(warning).toBeVisible();

  await warning.getByRole('button', { name: 'Reload the profile' }).click();
  await expect(warning).toBeHidden();
  await expect(page.getByLabel('Description')).toHaveValue(theirs);

  // After the reload the next save carries the current version and goes through.
  await page.getByLabel('Contact phone').fill('+1 555 0199');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText(/Profile saved at/)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Contact phone')).toHaveValue('+1 555 0199');
  await expect(page.getByLabel('Description')).toHaveValue(theirs);
});
