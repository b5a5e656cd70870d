import { type Page } from '@playwright/test';
import { expect, signIn, signInAsAdmin, signOut, test } from './fixtures.ts';

// Northwind Academy's 2026-H1 data was returned by the admin in the demo data; this test is the
// only one that touches it. Its calendar: Europe/Berlin, Mon–Thu 08:00–12:00 and 13:00–17:00,
// Fri 08:00–12:00 and 13:00–15:00.
const OWNER = 'owner@northwind.example';
const VENDOR = 'Northwind Academy';
const PERIOD = '2026-H1';

/**
 * An export in our layout with answers worked out by hand on that calendar (May is CEST, +02:00):
 * - T1 Monday 08:00 → 09:00: 60 business minutes (high)
 * - T2 Monday 11:30 → 13:30: 30 + 30 = 60, the lunch hour left out (medium)
 * - T3 Friday 14:30 → Monday 10:00: 30 on Friday + 120 on Monday = 150, late (low)
 * - T4 never answered (low); line 6 cannot be read.
 * Overall: 4 tickets, 2 within 120 minutes (50%), median 60, 90th percentile 150, 1 unanswered.
 */
const EXPORT = [
  'id,created_at,first_response_at,priority,channel,solved_at',
  'T1,2026-05-04T08:00:00+02:00,2026-05-04T09:00:00+02:00,high,email,2026-05-04T12:00:00+02:00',
  'T2,2026-05-04T11:30:00+02:00,2026-05-04T13:30:00+02:00,medium,chat,',
  'T3,2026-05-08T14:30:00+02:00,2026-05-11T10:00:00+02:00,low,portal,2026-05-12T10:00:00+02:00',
  'T4,2026-05-05T09:00:00+02:00,,low,email,',
  'T5,yesterday,,low,email,',
].join('\n');

async function openAsVendor(page: Page, password: string): Promise<void> {
  await signIn(page, OWNER, password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Checkpoints' }).click();
  await page.getByRole('link', { name: new RegExp(PERIOD) }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Checkpoint data for the 1st half of 2026/ })).toBeVisible();
}

async function review(page: Page, decision: 'Accepted' | 'Returned', notes: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Checkpoint reviews' })).toBeVisible();
  await page.getByRole('link', { name: `${VENDOR}, ${PERIOD}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`${VENDOR}: checkpoint data`) })).toBeVisible();
  const figures = page.getByRole('region', { name: 'Computed figures' });
  await expect(figures.getByTestId('promise3-verdict')).toContainText('Not met');
  const form = page.getByRole('region', { name: 'Review' });
  await form.getByRole('radio', { name: decision }).check();
  await form.getByLabel('Notes').fill(notes);
  await form.getByRole('button', { name: 'Record review' }).click();
  await expect(page.getByTestId('submission-status')).toContainText(decision);
}

test('a vendor imports a ticket export and submits; the admin returns it with a note; the vendor resubmits; the admin accepts', async ({ page, mail, harness }, testInfo) => {
  // 1. The vendor opens the returned period, reads the admin's note, and imports its tickets.
  await openAsVendor(page, harness.demoPassword);
  await expect(page.getByRole('alert').getByText('Returned for changes')).toBeVisible();
  await expect(page.getByTestId('review-notes')).toContainText('survey population');

  await page.getByRole('radio', { name: 'Compute from a ticket export' }).check();
  await page.getByLabel('Ticket export (CSV)').setInputFiles({ name: 'tickets.csv', mimeType: 'text/csv', buffer: Buffer.from(EXPORT) });
  await page.getByRole('button', { name: 'Upload' }).click();
  const imported = page.getByTestId('ticket-import');
  const figure = (term: string) => imported.locator('dl div').filter({ has: page.locator('dt', { hasText: term }) }).locator('dd');
  await expect(figure('Tickets')).toHaveText('4');
  await expect(figure('Within 120 minutes')).toHaveText('2');
  await expect(figure('Share within target')).toHaveText('50%');
  await expect(figure('Median first response')).toHaveText('60 min');
  await expect(figure('90th percentile')).toHaveText('150 min');
  await expect(figure('Unanswered')).toHaveText('1');
  const byPriority = page.getByRole('table', { name: 'First response by priority (business minutes)' });
  await expect(byPriority.getByRole('row', { name: /^low/ })).toContainText('150 min');
  await expect(byPriority.getByRole('row', { name: /^high/ })).toContainText('100%');
  await expect(page.getByRole('table', { name: 'Rows not used (1)' }).getByRole('row', { name: /^6 / })).toContainText('not an ISO 8601 instant');

  // The live figures follow the import: 50% is below the agreement's 95%.
  await expect(page.getByTestId('promise3-verdict')).toContainText('Not met');
  await page.screenshot({ path: testInfo.outputPath('vendor-ticket-import.png'), fullPage: true });

  // The admin's note asked for a corrected survey population.
  await page.getByLabel('Survey population').fill('2600');
  await page.getByRole('button', { name: 'Submit' }).click();
  // Submitting asks first, with what is sent and the verdict it gives; the draft is saved meanwhile.
  const confirmation = page.getByRole('dialog', { name: `Submit the data for the 1st half of 2026?` });
  await expect(confirmation).toContainText('computed from the ticket export');
  await expect(confirmation.getByTestId('promise3-verdict')).toContainText('Not met');
  await confirmation.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('submission-status')).toContainText('Returned for changes');
  await page.getByRole('button', { name: 'Submit' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByTestId('submission-status')).toContainText('Submitted');
  await mail.waitFor({ to: harness.adminEmail, subject: new RegExp(`${VENDOR} submitted checkpoint data for ${PERIOD}`) });
  await signOut(page);

  // 2. The admin returns it with a note.
  await signInAsAdmin(page, harness);
  await review(page, 'Returned', 'Half of your tickets missed the target: add the follow-up share of the slow ones.');
  await signOut(page);
  const returned = await mail.waitFor({ to: OWNER, subject: new RegExp(`checkpoint data for ${PERIOD} was returned`) });
  expect(returned.text).toContain('add the follow-up share');

  // 3. The vendor sees the note, changes the follow-up share and resubmits.
  await openAsVendor(page, harness.demoPassword);
  await expect(page.getByTestId('review-notes')).toContainText('add the follow-up share');
  await page.getByLabel('Share of open tickets with a daily follow-up (%)').fill('97');
  // Leaving with the change unsaved asks first, inside the app and on a reload or close.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Profile' }).click();
  const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByLabel('Share of open tickets with a daily follow-up (%)')).toHaveValue('97');
  const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => void dialog.dismiss().then(() => resolve(dialog.type()))));
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
  await expect(page.getByLabel('Share of open tickets with a daily follow-up (%)')).toHaveValue('97');
  await page.getByRole('button', { name: 'Submit' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByTestId('submission-status')).toContainText('Submitted');
  await signOut(page);

  // 4. The admin accepts, and the program page counts it at once; the vendor's form is read-only
  // and the period counts as checked.
  await signInAsAdmin(page, harness);
  const acceptedOnProgramPage = async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Program' }).click();
    const row = page.getByRole('table', { name: 'Delivered data by period' }).getByRole('row', { name: new RegExp(`^${PERIOD}`) });
    // The cells after the period: vendors delivered, accepted, …
    return row.getByRole('cell').nth(1);
  };
  const acceptedBefore = Number(await (await acceptedOnProgramPage()).textContent());
  await review(page, 'Accepted', 'Thank you.');
  await expect(await acceptedOnProgramPage()).toHaveText(String(acceptedBefore + 1));
  await signOut(page);
  await mail.waitFor({ to: OWNER, subject: new RegExp(`checkpoint data for ${PERIOD} was accepted`) });

  await openAsVendor(page, harness.demoPassword);
  await expect(page.getByTestId('submission-status')).toContainText('Accepted');
  // The review history keeps every return note and what changed in each resubmission.
  const thread = page.getByTestId('review-thread');
  await expect(thread).toContainText('add the follow-up share');
  await expect(thread.getByRole('list', { name: /Changed in version/ }).last()).toContainText('→ 97%');
  await expect(thread.locator(':scope > li').last()).toContainText('Accepted');
  await expect(page.getByLabel('Phone')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Submit' })).toHaveCount(0);
  await page.goto('/verify/northwind');
  await expect(page.getByText(PERIOD).first()).toBeVisible();
});
