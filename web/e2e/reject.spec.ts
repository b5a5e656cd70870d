import { randomUUID } from 'node:crypto';
import { expect, signInAsAdmin, test, uniqueTag } from './fixtures.ts';

test('the admin rejects an application with a reason, and the applicant is told the reason by e-mail', async ({ page, request, mail, harness }) => {
  const tag = uniqueTag();
  const company = `Dubious Courses ${tag}`;
  const applicant = `sales-${tag}@dubious.example`;
  const created = await request.post('/api/v1/applications', {
    headers: { 'idempotency-key': randomUUID() },
    data: { companyName: company, website: `https://dubious-${tag}.example`, category: 'other', contactName: 'Dee Ubious', contactEmail: applicant },
  });
  expect(created.status()).toBe(201);

  await signInAsAdmin(page, harness);
  await page.goto('/admin/applications');
  const card = page.getByRole('article', { name: company });
  await card.getByRole('button', { name: 'Reject' }).click();
  const dialog = page.getByRole('dialog', { name: `Reject ${company}` });

  // The reason is required: too short is refused before anything is sent.
  await dialog.getByLabel('Reason').fill('no');
  await dialog.getByRole('button', { name: 'Reject application' }).click();
  await expect(dialog.getByLabel('Reason')).toHaveAccessibleDescription(/Reason must have at least 3 characters besides spaces/);

  const reason = `We could not find any customer support offering on ${company}'s site.`;
  await dialog.getByLabel('Reason').fill(reason);
  await dialog.getByRole('button', { name: 'Reject application' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Rejected ${company}`)).toBeVisible();
  await expect(card).toBeHidden();

  const message = await mail.waitFor({ to: applicant, subject: /was not accepted/ });
  expect(message.subject).toContain(company);
  expect(message.text).toContain(reason);

  // The decision is on record with its reason.
  await page.getByLabel('Show').selectOption('rejected');
  await expect(page.getByRole('article', { name: company }).getByText(reason)).toBeVisible();
});
