import { expect, signIn, test } from './fixtures.ts';

// TalentGrid's draft for this period (demo data) is only this test's to change (the complaints
// test touches its complaints only); the test sets every value it reads back.
const OWNER = 'owner@talentgrid.example';
const PERIOD = '2026-H2';

/**
 * A Zendesk export with the columns Zendesk gives (local times, read here in UTC). 2 November 2026
 * is a Monday; the calendar is Monday to Friday, 09:00–17:00.
 * - 101 and 102 are tagged grades_export, solved after 2 and 8 business hours (mean 5);
 * - 103 and 104 are tagged login; only 104 is solved, after 1 hour;
 * - channels: Mail, Web Form, Chat, Phone call (one each) and API (other).
 */
const ZENDESK = [
  'Ticket ID,Subject,Status,Priority,Type,Via,Tags,Created at,Solved at,First reply time in minutes',
  '101,Grades export fails,Solved,Urgent,Problem,Mail,grades_export lms,2026-11-02 10:00:00,2026-11-02 12:00:00,15',
  '102,Export still failing,Solved,High,Problem,Web Form,grades_export,2026-11-02 10:00:00,2026-11-03 10:00:00,30',
  '103,Cannot log in,Open,Normal,Incident,Chat,login,2026-11-02 11:00:00,,',
  '104,SSO login loop,Solved,Normal,Incident,Phone call (inbound),login sso,2026-11-03 09:00:00,2026-11-03 10:00:00,20',
  '105,API limits,Solved,Low,Question,API,,2026-11-04 09:00:00,2026-11-04 09:30:00,5',
].join('\n');

test('a Zendesk export fills the contacts by channel and suggests the top issues, with the priorities read as the vendor set them', async ({ page, harness }) => {
  await signIn(page, OWNER, harness.demoPassword);
  await page.goto(`/vendor/checkpoints/${PERIOD}`);
  await expect(page.getByRole('heading', { level: 1, name: /Checkpoint data for the 2nd half of 2026/ })).toBeVisible();

  // Declared contacts far above what the export holds: the page says so after the import.
  for (const [channel, count] of [['Phone', '0'], ['E-mail', '60'], ['Chat', '0'], ['Portal', '0'], ['Other', '0']] as const) await page.getByLabel(channel, { exact: true }).fill(count);
  await page.getByRole('radio', { name: 'Compute from a ticket export' }).check();

  // The accepted columns and the template are on the page.
  await page.getByText('Accepted columns, and a template').click();
  await expect(page.locator('.accepted-columns')).toContainText('first reply time in minutes');
  await expect(page.getByRole('link', { name: 'Download the CSV template' })).toHaveAttribute('download', 'ticket-export-template.csv');

  // This vendor reads Zendesk's "normal" as its low level.
  await page.getByLabel('“normal” is').selectOption('low');
  await page.getByLabel('Ticket export (CSV)').setInputFiles({ name: 'zendesk-export.csv', mimeType: 'text/csv', buffer: Buffer.from(ZENDESK) });
  await page.getByLabel('Time zone of the export').fill('UTC');
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
  await expect(page.getByText('Tickets imported')).toBeVisible();

  const byPriority = page.getByRole('table', { name: 'First response by priority (business minutes)' });
  await expect(byPriority.getByRole('rowheader')).toHaveText(['high', 'low']);

  const suggestions = page.getByTestId('import-suggestions');
  await expect(suggestions.getByRole('alert')).toContainText('5 tickets, 8% of the 60 contacts declared');
  await expect(suggestions.getByRole('table', { name: 'Tickets by channel in the export' })).toContainText('1');
  await suggestions.getByRole('button', { name: 'Use as contact volumes' }).click();
  for (const [channel, count] of [['Phone', '1'], ['E-mail', '1'], ['Chat', '1'], ['Portal', '1'], ['Other', '1']] as const) {
    await expect(page.getByLabel(channel, { exact: true })).toHaveValue(count);
  }
  // The volumes now match the export: no warning any more.
  await expect(suggestions.getByRole('alert')).toHaveCount(0);

  const suggested = suggestions.getByRole('table', { name: 'Suggested top issues from the export' });
  await expect(suggested.getByRole('row')).toHaveCount(5);
  await expect(suggested.getByRole('row').nth(1)).toContainText('grades export');
  await expect(suggested.getByRole('row').nth(1)).toContainText('5');
  await suggestions.getByRole('button', { name: 'Use as top issues' }).click();
  await expect(page.getByLabel('Issue 1: Title')).toHaveValue('grades export');
  await expect(page.getByLabel('Issue 1: Contacts')).toHaveValue('2');
  await expect(page.getByLabel('Issue 2: Title')).toHaveValue('login');
  // The vendor edits a suggestion before keeping it.
  await page.getByLabel('Issue 1: Title').fill('Grades export times out');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Draft saved' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Issue 1: Title')).toHaveValue('Grades export times out');
  await expect(page.getByLabel('Chat', { exact: true })).toHaveValue('1');
});
