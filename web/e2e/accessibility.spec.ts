import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { createVendor, DEMO_OWNER, expect, signIn, signInAsAdmin, signOut, test } from './fixtures.ts';

// Each test walks a dozen pages and runs axe on each (one to three seconds a page on a busy 2-CPU
// machine): the default 30 s would measure the machine's load, not the pages.
test.describe.configure({ timeout: 150_000 });

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
    ['/developers', 'Developers'],
    ['/login', 'Sign in'],
    ['/verify/acme', 'Acme Learning'],
    ['/verify/contentcraft', 'ContentCraft'],
    ['/verify/no-such-vendor', 'Not a member'],
    ['/complain/acme', 'File a complaint about Acme Learning'],
    ['/complaints/confirm/not-a-real-confirmation-token-0000000000', 'Confirm your complaint'],
    ['/complaints/outcome/not-a-real-outcome-token-000000000000000', 'Is your complaint resolved?'],
    ['/invitations/not-a-real-invitation-token-000000000000', 'Your invitation'],
    ['/forgot-password', 'Forgot your password?'],
    ['/reset-password/not-a-real-reset-token-0000000000000000', 'Choose a new password'],
    ['/confirm-email/not-a-real-email-token-00000000000000000', 'Confirm your new e-mail address'],
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
  await signInAsAdmin(page, harness);
  for (const [path, heading] of [
    ['/admin', 'Inbox'],
    ['/account', 'Your account'],
    ['/admin/applications', 'Applications'],
    ['/admin/vendors', 'Vendors'],
    ['/admin/outbox', 'Outbox'],
    ['/admin/agreements', 'Agreement versions'],
    ['/admin/reviews', 'Checkpoint reviews'],
    ['/admin/program', 'Program at a glance'],
    ['/admin/complaints', 'Complaints'],
    ['/admin/watchlist', 'Watch list'],
    ['/admin/integrations', 'Integrations'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectNoSeriousViolations(page, path);
  }

  // A submission waiting for review, with its computed figures and the review form.
  await page.goto('/admin/reviews');
  await page.getByRole('link', { name: /^Acme Learning, / }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Acme Learning: checkpoint data/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Computed figures' })).toBeVisible();
  await expectNoSeriousViolations(page, '/admin/vendors/:id/checkpoints/:period');

  // A complaint waiting for triage, with its forward and dismiss forms.
  await page.goto('/admin/complaints?state=confirmed');
  await page.getByRole('table', { name: /^Complaints/ }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: /^Complaint C-/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Forward to vendor' })).toBeVisible();
  await expectNoSeriousViolations(page, '/admin/complaints/:id');

  // The vendor list filtered by state, with its pledge columns.
  await page.goto('/admin/vendors?state=lapsed&sort=nextDue');
  await expect(page.getByRole('link', { name: 'BrightPath LXP', exact: true })).toBeVisible();
  await expectNoSeriousViolations(page, '/admin/vendors filtered by state');

  // The publish form with its errors, its preview, and the confirmation.
  await page.goto('/admin/agreements');
  await page.getByRole('button', { name: 'Review and publish' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'things need fixing' })).toBeVisible();
  await expectNoSeriousViolations(page, '/admin/agreements with errors');
  await page.getByRole('button', { name: /^Start from version/ }).click();
  await page.getByLabel('Title').fill('An accessible version');
  await expect(page.getByRole('region', { name: 'Preview of the agreement text' })).toContainText('CHECKPOINTS');
  await page.getByRole('button', { name: 'Review and publish' }).click();
  await expect(page.getByRole('dialog', { name: /^Publish version/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'publish confirmation');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

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
  await expect(page.getByRole('table', { name: /^Audit log/ })).toBeVisible();
  await expectNoSeriousViolations(page, '/admin/vendors/:id');

  // A lifecycle dialog over the vendor page (closed without acting).
  const panel = page.getByRole('region', { name: 'Pledge', exact: true });
  await panel.getByRole('button', { name: 'Suspend', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Suspend the pledge of BrightPath LXP' })).toBeVisible();
  await expectNoSeriousViolations(page, 'suspend dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('vendor pages have no serious accessibility violations', async ({ page, harness }) => {
  await signIn(page, DEMO_OWNER, harness.demoPassword);
  for (const [path, heading] of [
    ['/vendor', 'Acme Learning'],
    ['/vendor/profile', 'Your vendor profile'],
    ['/vendor/team', 'Team'],
    ['/vendor/badge', 'Your badge'],
    ['/vendor/pledge', 'Your pledge'],
    ['/vendor/pledge/signed-copy', 'Signed copy'],
    ['/vendor/checkpoints', 'Checkpoint calendar'],
    ['/vendor/complaints', 'Complaints'],
    ['/vendor/integrations', 'Integrations'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectNoSeriousViolations(page, path);
  }

  // A submitted period (read-only form, ticket-import figures), and a complaint waiting for the response.
  await page.goto('/vendor/checkpoints');
  await page.getByRole('row').filter({ hasText: 'Submitted, in review' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: /^Checkpoint data for/ })).toBeVisible();
  await expect(page.getByTestId('ticket-import')).toBeVisible();
  await expectNoSeriousViolations(page, '/vendor/checkpoints/:period (submitted)');
  await page.goto('/vendor/complaints');
  await page.getByRole('table', { name: /^Complaints/ }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: /^Complaint C-/ })).toBeVisible();
  await expectNoSeriousViolations(page, '/vendor/complaints/:id');

  // The withdraw confirmation (closed without withdrawing).
  await page.goto('/vendor/pledge');
  await page.getByRole('button', { name: 'Withdraw from the pledge' }).click();
  await expect(page.getByRole('dialog', { name: 'Withdraw from the pledge?' })).toBeVisible();
  await expectNoSeriousViolations(page, 'withdraw dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await signOut(page);

  // A suspended pledge, with the appeal form and the appeal already sent.
  await signIn(page, 'owner@contentcraft.example', harness.demoPassword);
  await page.goto('/vendor/pledge');
  await expect(page.getByLabel('Your appeal')).toBeVisible();
  await expectNoSeriousViolations(page, '/vendor/pledge (suspended)');
  await signOut(page);

  // A draft being edited: the whole submission form with its live figures.
  await signIn(page, 'owner@brightpath.example', harness.demoPassword);
  await page.goto('/vendor/checkpoints');
  await page.getByRole('row').filter({ hasText: /overdue/i }).getByRole('link').first().click();
  await expect(page.getByRole('button', { name: 'Save draft' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Computed figures' })).toBeVisible();
  await expectNoSeriousViolations(page, '/vendor/checkpoints/:period (draft)');
});

test('a pledge waiting for its signature, and its empty calendar, have no serious accessibility violations', async ({ page, request, mail, harness }) => {
  // Named to sort after the demo vendors, which other tests expect at the top of the list.
  const fresh = await createVendor(request, mail, harness, 'Zenith Academy');
  await signIn(page, fresh.ownerEmail, fresh.password);
  await page.goto('/vendor/pledge');
  await expect(page.getByRole('button', { name: 'Sign the pledge' })).toBeDisabled();
  await expectNoSeriousViolations(page, '/vendor/pledge (to sign, form locked)');
  await page.getByRole('region', { name: /^Agreement text/ }).focus();
  await page.keyboard.press('End');
  await expect(page.getByRole('button', { name: 'Sign the pledge' })).toBeEnabled();
  await expectNoSeriousViolations(page, '/vendor/pledge (to sign, form open)');

  for (const [path, text] of [
    ['/vendor/checkpoints', 'The calendar starts when the pledge is signed'],
    ['/vendor/pledge/signed-copy', 'The pledge is not signed yet'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByText(text)).toBeVisible();
    await expectNoSeriousViolations(page, `${path} (empty)`);
  }
});
