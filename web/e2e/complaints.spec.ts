import { type Page } from '@playwright/test';
import { expect, signIn, signInAsAdmin, signOut, test, uniqueTag } from './fixtures.ts';

// TalentGrid (active in the demo data) receives this test's complaint; no other test reads its complaints.
const OWNER = 'owner@talentgrid.example';
const VENDOR = 'TalentGrid';

/** The path of the link in an e-mail, e.g. /complaints/confirm/<token>. */
function linkPath(text: string, kind: 'confirm' | 'outcome' | 'details'): string {
  const path = new RegExp(`/complaints/${kind}/[A-Za-z0-9_-]+`).exec(text)?.[0];
  expect(path, text).toBeDefined();
  return path ?? '';
}

async function openComplaint(page: Page, listUrl: string, reference: string): Promise<void> {
  await page.goto(listUrl);
  await page.getByRole('link', { name: reference, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Complaint ${reference}` })).toBeVisible();
}

test('a customer files and confirms a complaint; the admin asks for details, which the customer answers, and forwards it; the vendor responds and adds to it; the customer marks it resolved', async ({ page, mail, harness }, testInfo) => {
  const customer = `customer-${uniqueTag()}@example.com`;

  // 1. The customer files the complaint from the vendor's verification page.
  await page.goto('/verify/talentgrid');
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Send complaint' }) });
  await expect(page.getByRole('heading', { name: `File a complaint about ${VENDOR}` })).toBeVisible();
  await expect(page.getByTestId('complaint-intro')).toContainText('sees your name, e-mail and organisation only if you tick the box');
  await form.getByLabel('Your name').fill('Casey Customer');
  await form.getByLabel('Your e-mail').fill(customer);
  await form.getByLabel('Organisation (optional)').fill('Hillside School');
  await form.getByLabel('Subject').fill('Payroll sync has failed for two weeks');
  await form.getByLabel('What happened').fill('The payroll sync fails every night. We opened a ticket two weeks ago and have not heard back since the first automated reply.');
  await form.getByRole('radio', { name: '3. Timely care: first response within 120 business minutes' }).check();
  await form.getByLabel(`${VENDOR} may see my name, e-mail and organisation`).check();
  // A person takes longer than the server's bot threshold (one second in these tests) to fill the form.
  await page.waitForTimeout(1_000);
  await form.getByRole('button', { name: 'Send complaint' }).click();
  await expect(page.getByTestId('complaint-filed')).toContainText('Check your e-mail to confirm complaint C-');
  const reference = (await page.getByTestId('complaint-reference').textContent())?.trim() ?? '';
  expect(reference).toMatch(/^C-[A-Z0-9]{8}$/);

  // 2. The customer confirms with the one-time link; using it again says it is gone.
  const confirmation = await mail.waitFor({ to: customer, subject: new RegExp(`Confirm your complaint about ${VENDOR}`) });
  const confirmPath = linkPath(confirmation.text, 'confirm');
  await page.goto(confirmPath);
  await page.getByRole('button', { name: 'Confirm my complaint' }).click();
  await expect(page.getByTestId('complaint-confirmed')).toContainText(`Your complaint ${reference} about ${VENDOR} is confirmed`);
  await page.goto(confirmPath);
  await page.getByRole('button', { name: 'Confirm my complaint' }).click();
  await expect(page.getByTestId('complaint-link-gone')).toContainText('This link was already used or has expired.');

  // 3. The admin finds it in the queue and asks the customer for details first.
  await signInAsAdmin(page, harness);
  await openComplaint(page, '/admin/complaints', reference);
  await expect(page.getByTestId('complainant')).toContainText(customer);
  await expect(page.getByText('Nobody was asked for details yet.')).toBeVisible();
  // The vendor cannot be asked before it sees the complaint.
  await expect(page.getByRole('radio', { name: /TalentGrid/ })).toHaveCount(0);
  await page.getByRole('radio', { name: /The complainant/ }).check();
  await page.getByLabel('Your question').fill('Which payroll provider do you sync with, and what is your ticket number?');
  await page.getByRole('button', { name: 'Send the question' }).click();
  await expect(page.getByTestId('complaint-conversation')).toContainText('waiting for an answer');
  await signOut(page);

  // The customer answers through the e-mailed link; the vendor never reads it.
  const question = await mail.waitFor({ to: customer, subject: new RegExp(`A question about your complaint \\(${reference}\\)`) });
  await page.goto(linkPath(question.text, 'details'));
  await expect(page.getByTestId('registry-question')).toContainText('Which payroll provider');
  await page.getByLabel('Your answer').fill('We use PayFlow; the ticket is #48213, opened on the 3rd.');
  await page.getByRole('button', { name: 'Send my answer' }).click();
  await expect(page.getByTestId('answer-recorded')).toContainText(reference);
  await mail.waitFor({ to: harness.adminEmail, subject: new RegExp(`The complainant answered about complaint ${reference}`) });

  // The admin reads the answer, then forwards the complaint with a note.
  await signInAsAdmin(page, harness);
  await openComplaint(page, '/admin/complaints', reference);
  await expect(page.getByTestId('complaint-conversation')).toContainText('ticket is #48213');
  await expect(page.getByTestId('complaint-conversation')).toContainText('answered');
  await page.getByLabel('Note to the vendor (optional)').fill('Please tell the customer when the sync is fixed.');
  await page.getByRole('button', { name: 'Forward to vendor' }).click();
  await expect(page.getByTestId('complaint-state')).toContainText('Waiting for the vendor');
  await expect(page.getByTestId('complaint-due')).toBeVisible();
  await signOut(page);
  await mail.waitFor({ to: OWNER, subject: new RegExp(`A complaint about ${VENDOR} needs your response by .* \\(${reference}\\)`) });

  // 4. The vendor sees the customer's details (they consented) and responds.
  await signIn(page, OWNER, harness.demoPassword);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Complaints' }).click();
  await openComplaint(page, '/vendor/complaints', reference);
  await expect(page.getByTestId('complainant')).toContainText('Casey Customer');
  await expect(page.getByTestId('forward-note')).toContainText('Please tell the customer when the sync is fixed.');
  await page.getByLabel('Your response').fill('We found the cause: an expired certificate. The sync runs again since this morning, and we will watch it all week.');
  await page.getByRole('button', { name: 'Send response' }).click();
  await expect(page.getByTestId('complaint-response')).toContainText('expired certificate');
  // Nothing of the customer's exchange with the registry shows here.
  await expect(page.getByText('ticket is #48213')).toHaveCount(0);
  // Before the deadline the vendor may add to its response.
  await page.getByLabel('Your message').fill('Update: three nightly syncs in a row ran cleanly; we keep watching.');
  await page.getByRole('button', { name: 'Send to the customer' }).click();
  await expect(page.getByTestId('complaint-conversation')).toContainText('three nightly syncs');
  await page.screenshot({ path: testInfo.outputPath('vendor-complaint-answered.png'), fullPage: true });
  await signOut(page);

  // 5. The customer receives the response and marks the complaint resolved.
  const answer = await mail.waitFor({ to: customer, subject: new RegExp(`${VENDOR} responded to your complaint \\(${reference}\\)`) });
  expect(answer.text).toContain('expired certificate');
  // The customer was told when the registry forwarded it, and the outcome page shows the response.
  await mail.waitFor({ to: customer, subject: new RegExp(`Your complaint ${reference} was forwarded to ${VENDOR}`) });
  await page.goto(linkPath(answer.text, 'outcome'));
  await expect(page.getByTestId('vendor-response')).toContainText('expired certificate');
  await expect(page.getByText('three nightly syncs')).toBeVisible();
  await mail.waitFor({ to: customer, subject: new RegExp(`${VENDOR} wrote again about your complaint \\(${reference}\\)`) });
  await page.getByRole('radio', { name: 'Yes, it is resolved' }).check();
  await page.getByLabel('Comment (optional)').fill('Works again, thank you.');
  await page.getByRole('button', { name: 'Send my answer' }).click();
  await expect(page.getByTestId('outcome-recorded')).toContainText(`We recorded complaint ${reference} about ${VENDOR} as resolved`);

  // 6. The admin's timeline shows every step.
  await signInAsAdmin(page, harness);
  await openComplaint(page, '/admin/complaints', reference);
  await expect(page.getByTestId('complaint-state')).toContainText('Resolved');
  const timeline = page.getByTestId('complaint-timeline');
  for (const step of [/filed/i, /confirmed/i, /forwarded/i, /responded|answered/i, /resolved/i]) await expect(timeline).toContainText(step);
});
