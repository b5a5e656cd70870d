import { randomUUID } from 'node:crypto';
import type { Agreement } from '@cep/shared';
import { type Page } from '@playwright/test';
import { acceptInvitation, apiSignIn, createVendor, expect, signIn, signInAsAdmin, signOut, test, uniqueTag } from './fixtures.ts';

const AUTHORLY_OWNER = 'owner@authorly.example';

/** Opens a vendor's admin page from the vendors list, as the admin would. */
async function openAdminVendor(page: Page, search: string, name: string): Promise<void> {
  await page.goto(`/admin/vendors?q=${encodeURIComponent(search)}`);
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

// Authorly (pending_signature in the demo data) is this test's alone: no other test reads its pledge.
test('an owner signs after reading to the end, the admin suspends with a reason, the vendor appeals, the admin reinstates, and the audit log shows every step', async ({
  page,
  request,
  mail,
  harness,
}, testInfo) => {
  const tag = uniqueTag();
  const current = (await (await request.get('/api/v1/agreements/current')).json()) as Agreement;

  // 1. The owner reads the agreement to the end (by keyboard) and signs.
  await signIn(page, AUTHORLY_OWNER, harness.demoPassword);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pledge' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your pledge' })).toBeVisible();
  const status = page.getByRole('region', { name: 'Status' });
  await expect(status.getByText('Waiting for signature', { exact: true })).toBeVisible();

  const sign = page.getByRole('button', { name: 'Sign the pledge' });
  await expect(sign).toBeDisabled();
  await expect(page.getByLabel('Your job title')).toBeDisabled();
  await expect(page.getByText('Scroll to the end of the agreement text to sign.')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('vendor-pledge-to-sign.png'), fullPage: true });

  const text = page.getByRole('region', { name: `Agreement text, version ${current.version}` });
  await expect(text).toContainText('CHECKPOINTS');
  await text.focus();
  await expect(sign).toBeDisabled();
  await page.keyboard.press('End');
  await expect(sign).toBeEnabled();
  await expect(page.getByText('You have reached the end of the text: you can sign now.')).toBeVisible();

  await page.getByLabel('Your name').fill('Ada Author');
  await page.getByLabel('Your job title').fill('Chief Executive');
  await sign.click();
  await expect(page.getByText('Tick “I accept” to sign.')).toBeVisible();
  await page.getByLabel(/^I accept/).check();
  await sign.click();
  await expect(status.getByText('Active', { exact: true })).toBeVisible();
  await expect(page.getByText(`You signed version ${current.version} of the pledge. It is active.`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign the pledge' })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'History of the pledge' }).getByRole('row').filter({ hasText: 'Waiting for signature → Active' })).toContainText(
    AUTHORLY_OWNER,
  );
  await page.screenshot({ path: testInfo.outputPath('vendor-pledge-active.png'), fullPage: true });

  // 2. The signed copy shows the text, the signer and the hash the API reports for the text in effect.
  await page.getByRole('region', { name: 'Signed copy' }).getByRole('link', { name: 'Open the signed copy' }).click();
  await expect(page).toHaveURL(/\/vendor\/pledge\/signed-copy$/);
  const copy = page.getByRole('article', { name: current.title });
  await expect(copy.getByText(current.textSha256, { exact: true })).toBeVisible();
  await expect(copy).toContainText('Authorly');
  await expect(copy).toContainText('Ada Author');
  await expect(copy).toContainText('Chief Executive');
  await expect(copy).toContainText(AUTHORLY_OWNER);
  await expect(copy).toContainText('We give every customer a named support person or team');
  await expect(copy.getByText(/^(?:127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)$/)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('signed-copy.png'), fullPage: true });

  // Print calls the browser's print dialog; the print stylesheet leaves the document only.
  await page.evaluate(() => {
    window.print = () => {
      document.body.dataset.printed = 'yes';
    };
  });
  await page.getByRole('button', { name: 'Print' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(copy.getByText(current.textSha256, { exact: true })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('signed-copy-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await signOut(page);

  // 3. The admin suspends the pledge; a reason is required.
  await signInAsAdmin(page, harness);
  await openAdminVendor(page, 'authorly', 'Authorly');
  const vendorUrl = page.url();
  const panel = page.getByRole('region', { name: 'Pledge', exact: true });
  await expect(panel.getByText('Active', { exact: true })).toBeVisible();
  await panel.getByRole('button', { name: 'Suspend', exact: true }).click();
  const suspendDialog = page.getByRole('dialog', { name: 'Suspend the pledge of Authorly' });
  await suspendDialog.getByLabel('Reason').fill('   ');
  await suspendDialog.getByRole('button', { name: 'Suspend pledge' }).click();
  await expect(suspendDialog.getByLabel('Reason')).toHaveAccessibleDescription(/Reason must have at least 3 characters besides spaces/);
  const suspension = `Three customer complaints went unanswered for a week (${tag}).`;
  await expect(suspendDialog.getByLabel('What buyers are told')).toHaveAccessibleDescription(/Choose what the public verification page says/);
  await suspendDialog.getByLabel('Reason').fill(suspension);
  await suspendDialog.getByLabel('What buyers are told').selectOption('complaints');
  await suspendDialog.getByRole('button', { name: 'Suspend pledge' }).click();
  await expect(suspendDialog).toBeHidden();
  await expect(panel.getByText('The pledge is suspended')).toBeVisible();
  await expect(panel.getByText('Suspended', { exact: true })).toBeVisible();
  await expect(panel.getByText(suspension)).toBeVisible();
  await expect(panel.getByRole('group', { name: 'Lifecycle actions' }).getByRole('button')).toHaveText(['Reinstate', 'Revoke']);

  // The owner is e-mailed the reason.
  const notice = await mail.waitFor({ to: AUTHORLY_OWNER, subject: /The pledge of Authorly is suspended/ });
  expect(notice.text).toContain(suspension);
  await signOut(page);

  // 4. The vendor sees the suspension with its reason, and appeals.
  await signIn(page, AUTHORLY_OWNER, harness.demoPassword);
  await page.goto('/vendor/pledge');
  await expect(status.getByText('Suspended', { exact: true })).toBeVisible();
  await expect(status.getByText(suspension)).toBeVisible();
  await page.getByLabel('Your appeal').fill('Too short');
  await page.getByRole('button', { name: 'Send appeal' }).click();
  await expect(page.getByLabel('Your appeal')).toHaveAccessibleDescription(/Your appeal must have at least 10 characters besides spaces/);
  const appeal = `All three complaints were answered the same day we learned of them; the tickets are attached to our checkpoint data (${tag}).`;
  await page.getByLabel('Your appeal').fill(appeal);
  await page.getByRole('button', { name: 'Send appeal' }).click();
  await expect(page.getByText('Your appeal was sent.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Appeals sent' })).toContainText(appeal);
  await signOut(page);

  // 5. The admin reads the appeal on the vendor's page and reinstates.
  await signInAsAdmin(page, harness);
  await page.goto(vendorUrl);
  await expect(page.getByRole('list', { name: 'Appeals from Authorly' })).toContainText(appeal);
  await panel.getByRole('button', { name: 'Reinstate', exact: true }).click();
  const reinstateDialog = page.getByRole('dialog', { name: 'Reinstate the pledge of Authorly' });
  const reinstatement = `The complaints were answered; the tickets prove it (${tag}).`;
  await reinstateDialog.getByLabel('Reason').fill(reinstatement);
  await reinstateDialog.getByRole('button', { name: 'Reinstate pledge' }).click();
  await expect(reinstateDialog).toBeHidden();
  await expect(panel.getByText('Active', { exact: true })).toBeVisible();

  // 6. The audit log shows sign → suspend → reinstate (newest first), with their reasons.
  const audit = page.getByRole('table', { name: /^Audit log/ });
  const row = (action: string) => audit.locator('tbody tr').filter({ has: page.locator('td:nth-child(2)', { hasText: new RegExp(`^${action}$`) }) });
  await expect(row('Reinstated')).toContainText(reinstatement);
  await expect(row('Reinstated')).toContainText('Suspended → Active');
  await expect(row('Suspended')).toContainText(suspension);
  await expect(row('Suspended')).toContainText('Active → Suspended');
  await expect(row('Signed')).toContainText(`Signed agreement version ${current.version}`);
  await expect(row('Signed')).toContainText(AUTHORLY_OWNER);
  await expect(row('Appeal sent')).toContainText(AUTHORLY_OWNER);
  const actions = (await audit.locator('tbody tr td:nth-child(2)').allTextContents()).filter((a) => ['Signed', 'Suspended', 'Reinstated'].includes(a));
  expect(actions).toEqual(['Reinstated', 'Suspended', 'Signed']);
  await page.screenshot({ path: testInfo.outputPath('admin-vendor-pledge.png'), fullPage: true });
});

test('only the moves the lifecycle allows are offered: none for a revoked pledge, reinstate or revoke for a suspended one', async ({ page, harness }) => {
  await signInAsAdmin(page, harness);
  const panel = page.getByRole('region', { name: 'Pledge', exact: true });

  await openAdminVendor(page, 'legacylearn', 'LegacyLearn');
  await expect(panel.getByText('Revoked', { exact: true })).toBeVisible();
  await expect(panel.getByText('Published checkpoint figures that did not match the ticket export.')).toBeVisible();
  await expect(panel.getByRole('button')).toHaveCount(0);
  await expect(panel.getByText('No lifecycle action applies to a pledge that is revoked.')).toBeVisible();

  await openAdminVendor(page, 'contentcraft', 'ContentCraft');
  await expect(panel.getByText('Suspended', { exact: true })).toBeVisible();
  await expect(panel.getByRole('group', { name: 'Lifecycle actions' }).getByRole('button')).toHaveText(['Reinstate', 'Revoke']);
  await expect(panel.getByRole('button', { name: 'Suspend', exact: true })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Appeals from ContentCraft' })).toContainText('Our support lead left in the spring');

  // Cancelling a dialog changes nothing.
  await panel.getByRole('button', { name: 'Revoke', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Revoke the pledge of ContentCraft' });
  await expect(dialog.getByText('This is final')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.getByText('Suspended', { exact: true })).toBeVisible();
});

/** The next-due dates of the table's rows, top to bottom; null where the vendor owes nothing yet. */
async function nextDueDates(page: Page): Promise<(string | null)[]> {
  return page
    .getByRole('table', { name: /^Vendors/ })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => row.querySelector('td:nth-child(6) time')?.getAttribute('datetime') ?? null));
}

const isOrdered = (dates: (string | null)[], direction: 1 | -1): boolean => {
  // Undated vendors come after every dated one going up, before them going down.
  const key = (d: string | null) => d ?? '9999-12-31';
  return dates.every((d, i) => i === 0 || direction * key(dates[i - 1] ?? null).localeCompare(key(d)) <= 0);
};

test('the admin vendors list filters by pledge state and sorts by the next due date', async ({ page, harness }) => {
  await signInAsAdmin(page, harness);
  await page.goto('/admin/vendors');
  const table = page.getByRole('table', { name: /^Vendors/ });
  const link = (name: string) => table.getByRole('link', { name, exact: true });
  await expect(table.getByRole('columnheader', { name: 'Pledge' })).toBeVisible();
  await expect(table.getByRole('row').filter({ has: page.getByRole('link', { name: 'BrightPath LXP', exact: true }) })).toContainText('Lapsed');

  await page.getByLabel('Pledge state').selectOption({ label: 'Lapsed' });
  await expect(page).toHaveURL(/state=lapsed/);
  await expect(link('BrightPath LXP')).toBeVisible();
  await expect(link('Acme Learning')).toHaveCount(0);
  await expect(link('ContentCraft')).toHaveCount(0);

  await page.getByLabel('Pledge state').selectOption({ label: 'Revoked' });
  await expect(page).toHaveURL(/state=revoked/);
  await expect(link('LegacyLearn')).toBeVisible();
  await expect(link('BrightPath LXP')).toHaveCount(0);

  await page.getByLabel('Pledge state').selectOption({ label: 'All states' });
  await expect(page).not.toHaveURL(/state=/);
  await expect(link('Acme Learning')).toBeVisible();

  // Next due, earliest first: the lapsed vendor owes the oldest period; vendors owing nothing come last.
  await page.getByRole('button', { name: /^Next due/ }).click();
  await expect(page).toHaveURL(/sort=nextDue/);
  await expect(table.getByRole('columnheader', { name: /^Next due/ })).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.locator('tbody tr').first()).toContainText('BrightPath LXP');
  await expect.poll(async () => isOrdered(await nextDueDates(page), 1)).toBe(true);
  expect((await nextDueDates(page)).at(-1)).toBeNull();

  await page.getByRole('button', { name: /^Next due/ }).click();
  await expect(page).toHaveURL(/sort=-nextDue/);
  await expect(table.getByRole('columnheader', { name: /^Next due/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(table.locator('tbody tr').last()).toContainText('BrightPath LXP');
  await expect.poll(async () => isOrdered(await nextDueDates(page), -1)).toBe(true);

  // By state, too, in the lifecycle's order (waiting for a signature, active, lapsed, suspended, revoked, withdrawn).
  await page.getByRole('button', { name: /^Pledge/ }).click();
  await expect(page).toHaveURL(/sort=state/);
  const lifecycle = ['Waiting for signature', 'Active', 'Lapsed', 'Suspended', 'Revoked', 'Withdrawn'];
  const stateOrder = async () =>
    (await table.locator('tbody tr td:nth-child(5)').allInnerTexts()).map((text) => lifecycle.findIndex((state) => text.trim().startsWith(state)));
  await expect.poll(async () => (await stateOrder()).every((rank, i, ranks) => rank >= 0 && (i === 0 || (ranks[i - 1] ?? 0) <= rank))).toBe(true);
  expect(new Set(await stateOrder()).size).toBeGreaterThan(2);
});

test('a member reads the agreement but only the owner signs; the owner signs, sees the calendar start, and withdraws after confirming', async ({
  page,
  request,
  mail,
  harness,
}) => {
  const fresh = await createVendor(request, mail, harness, 'Yarrow Learning');
  const memberEmail = `member-${uniqueTag()}@example.com`;
  const owner = await apiSignIn(request, fresh.ownerEmail, fresh.password);
  const invited = await request.post(`/api/v1/vendors/${fresh.vendor.id}/members`, {
    headers: { ...owner, 'idempotency-key': randomUUID() },
    data: { email: memberEmail, role: 'vendor_member' },
  });
  expect(invited.status(), await invited.text()).toBe(202);
  const memberPassword = await acceptInvitation(request, mail, memberEmail, 'Milo Member');

  // A member sees the text and a note, no signature form and no withdrawal.
  await signIn(page, memberEmail, memberPassword);
  await page.goto('/vendor/pledge');
  await expect(page.getByRole('region', { name: /^Agreement text/ })).toContainText('CHECKPOINTS');
  await expect(page.getByText('Only an owner of your vendor can sign the pledge.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign the pledge' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Withdraw from the pledge' })).toHaveCount(0);
  await page.goto('/vendor/checkpoints');
  await expect(page.getByText('The calendar starts when the pledge is signed')).toBeVisible();
  await signOut(page);

  // The owner signs; the calendar then starts with the half-year running now.
  await signIn(page, fresh.ownerEmail, fresh.password);
  await page.goto('/vendor/pledge');
  await page.getByRole('region', { name: /^Agreement text/ }).focus();
  await page.keyboard.press('End');
  await page.getByLabel('Your job title').fill('Founder');
  await page.getByLabel(/^I accept/).check();
  await page.getByRole('button', { name: 'Sign the pledge' }).click();
  const status = page.getByRole('region', { name: 'Status' });
  await expect(status.getByText('Active', { exact: true })).toBeVisible();
  await status.getByRole('link', { name: 'See the checkpoint calendar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Checkpoint calendar' })).toBeVisible();
  const periods = page.getByRole('table', { name: 'Checkpoint periods' });
  await expect(periods.getByRole('row').filter({ hasText: 'Running' })).toHaveCount(1);
  await expect(periods.getByRole('row').filter({ hasText: 'Upcoming' })).toHaveCount(1);

  // Withdrawing asks first; cancelling keeps the pledge.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pledge' }).click();
  await page.getByRole('button', { name: 'Withdraw from the pledge' }).click();
  const dialog = page.getByRole('dialog', { name: 'Withdraw from the pledge?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(status.getByText('Active', { exact: true })).toBeVisible();

  const reason = 'We are closing the product line.';
  await page.getByRole('button', { name: 'Withdraw from the pledge' }).click();
  await dialog.getByLabel('Reason').fill(reason);
  await dialog.getByRole('button', { name: 'Withdraw the pledge' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Your pledge is withdrawn.')).toBeVisible();
  await expect(status.getByText('Withdrawn', { exact: true })).toBeVisible();
  await expect(status.getByText(reason)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Withdraw from the pledge' })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'History of the pledge' }).getByRole('row').filter({ hasText: 'Active → Withdrawn' })).toContainText(reason);
});
