import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { DEMO_OWNER, expect, signIn, test } from './fixtures.ts';

/** Runs axe on the page as it is and fails on serious or critical violations, naming them. */
async function expectNoSeriousViolations(page: Page, label: string): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /Loading|Checking|Opening|Looking up/ })).toHaveCount(0);
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  expect(serious, `${label}\n${serious.join('\n')}`).toEqual([]);
}

test('public pages have no serious accessibility violations', async ({ page }) => {
  const pages: [string, string][] = [
    ['/', 'Support promises, backed by data'],
    ['/directory', 'Directory'],
    ['/apply', 'Apply for the pledge'],
    ['/login', 'Sign in'],
    ['/verify/acme', 'Acme Learning'],
    ['/verify/contentcraft', 'ContentCraft'],
    ['/verify/no-such-vendor', 'Not a member'],
    ['/invitations/not-a-real-invitation-token-000000000000', 'Your invitation'],
    ['/no-such-page', 'Page not found'],
  ];
  for (const [path, heading] of pages) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectNoSeriousViolations(page, path);
  }

  // The directory filtered by state, and a verification page with the pledge text unfolded.
  await page.goto('/directory?state=suspended');
  await expect(page.getByRole('link', { name: 'ContentCraft', exact: true })).toBeVisible();
  await expectNoSeriousViolations(page, '/directory?state=suspended');
  await page.goto('/verify/acme');
  await page.getByText(/^Read the full text of version/).click();
  await expectNoSeriousViolations(page, '/verify/acme with the pledge text open');

  // The apply form with its errors showing.
  await page.goto('/apply');
  await page.getByRole('button', { name: 'Send application' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'things need fixing' })).toBeVisible();
  await expectNoSeriousViolations(page, '/apply with errors');
});

test('admin pages have no serious accessibility violations', async ({ page, harness }) => {
  await signIn(page, harness.adminEmail, harness.adminPassword);
  for (const [path, heading] of [
    ['/admin/applications', 'Applications'],
    ['/admin/vendors', 'Vendors'],
    ['/admin/outbox', 'Outbox'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectNoSeriousViolations(page, path);
  }

  // A dialog open over the applications.
  await page.goto('/admin/applications');
  await page.getByRole('article', { name: 'Quizzly' }).getByRole('button', { name: 'Reject' }).click();
  await expect(page.getByRole('dialog', { name: 'Reject Quizzly' })).toBeVisible();
  await expectNoSeriousViolations(page, 'reject dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // The profile editor, as the admin sees it.
  await page.goto('/admin/vendors');
  await page.getByRole('link', { name: 'BrightPath LXP', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'BrightPath LXP' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Badge' }).getByRole('img', { name: /^Customer Excellence Pledge/ })).toBeVisible();
  await expectNoSeriousViolations(page, '/admin/vendors/:id');
});

test('vendor pages have no serious accessibility violations', async ({ page, harness }) => {
  await signIn(page, DEMO_OWNER, harness.demoPassword);
  for (const [path, heading] of [
    ['/vendor/profile', 'Your vendor profile'],
    ['/vendor/team', 'Team'],
    ['/vendor/badge', 'Your badge'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectNoSeriousViolations(page, path);
  }
});
