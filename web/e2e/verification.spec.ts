import type { VerificationPage } from '@cep/shared';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** An <img> that finished loading and drew something. */
async function expectLoaded(image: Locator): Promise<void> {
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0))).toBeGreaterThan(0);
}

/** What the public API says about a vendor: the page must show the same. */
async function verificationOf(page: Page, slug: string): Promise<VerificationPage> {
  const response = await page.request.get(`/api/v1/directory/${slug}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as VerificationPage;
}

for (const vendor of [
  { slug: 'acme', name: 'Acme Learning', state: /^Active since/, status: 'active', domain: 'acme-learning.example' },
  { slug: 'contentcraft', name: 'ContentCraft', state: /^Suspended since/, status: 'suspended', domain: 'contentcraft.example' },
]) {
  test(`the verification page of ${vendor.name} shows its ${vendor.status} state, live badge, signed pledge and badge domains`, async ({ page }) => {
    const expected = await verificationOf(page, vendor.slug);
    expect(expected.status).toBe(vendor.status);
    const agreement = expected.agreement;
    if (!agreement) throw new Error(`${vendor.slug} has no signed agreement in the demo data`);

    await page.goto(`/verify/${vendor.slug}`);
    await expect(page.getByRole('heading', { level: 1, name: vendor.name })).toBeVisible();
    await expect(page.getByText(vendor.state)).toBeVisible();
    await expectLoaded(page.getByRole('img', { name: `Customer Excellence Pledge: ${vendor.status}` }));
    await expect(page.getByRole('link', { name: expected.website })).toHaveAttribute('href', expected.website);

    // The pledge it signed: version and fingerprint in view, the text folded until asked for.
    const pledge = page.getByRole('region', { name: 'The pledge it signed' });
    await expect(pledge).toContainText(`Version ${agreement.version}, “${agreement.title}”`);
    await expect(pledge.getByText(agreement.textSha256, { exact: true })).toBeVisible();
    // A sentence of the text long enough to appear nowhere else.
    const sentence = agreement.text.split('\n').find((line) => line.trim().length > 40)?.trim() ?? '';
    expect(sentence).not.toBe('');
    await expect(pledge.getByText(sentence)).toBeHidden();
    await pledge.getByText(`Read the full text of version ${agreement.version}`).click();
    await expect(pledge.getByText(sentence)).toBeVisible();

    const domains = page.getByRole('list', { name: `Badge domains of ${vendor.name}` });
    await expect(domains.getByRole('listitem')).toHaveText(expected.badgeDomains);
    await expect(domains).toContainText(vendor.domain);
    await expect(page.getByText('This badge is genuine only on these sites')).toBeVisible();
    if (expected.lastCheckedPeriod) await expect(page.getByText(`(${expected.lastCheckedPeriod})`)).toBeVisible();
    // Data still owed reads as overdue, not as a "next" date in the past.
    const overdue = expected.nextDueDate !== null && expected.nextDueDate < new Date().toISOString().slice(0, 10);
    await expect(page.getByText(/^Overdue since/)).toHaveCount(overdue ? 1 : 0);

    // Promises 3 and 4 are to customers: the queue's priorities with their targets, the contact's name.
    const promises = page.getByRole('region', { name: `What ${vendor.name} promises its customers` });
    const queue = expected.queueDefinitions;
    if (queue) {
      const high = promises.getByRole('row', { name: /^High/ });
      await expect(high).toContainText(queue.high.description);
      await expect(promises.getByRole('table', { name: `Support priorities of ${vendor.name}` }).getByRole('row')).toHaveCount(4);
    } else {
      await expect(promises).toContainText('has not published its queue definitions yet');
    }
    await expect(promises).toContainText(expected.supportContact ? expected.supportContact.name : 'has not named its support contact yet');

    // Nothing private: the page shows no e-mail address or phone number.
    await expect(page.getByRole('main')).not.toContainText('@');
    await expect(page.getByRole('main')).not.toContainText('+1 555');
  });
}

test('an unknown vendor and an ended pledge read "not a member", not an error', async ({ page }) => {
  await page.goto('/verify/no-such-vendor');
  await expect(page.getByRole('heading', { level: 1, name: 'Not a member' })).toBeVisible();
  await expect(page.getByText('No vendor with this name')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Not even a possible slug: the same answer.
  await page.goto('/verify/Not_A_Slug');
  await expect(page.getByRole('heading', { level: 1, name: 'Not a member' })).toBeVisible();

  await page.goto('/verify/legacylearn');
  await expect(page.getByRole('heading', { level: 1, name: 'LegacyLearn' })).toBeVisible();
  await expect(page.getByText('Not a member', { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/revoked the pledge of LegacyLearn/)).toBeVisible();
  await expectLoaded(page.getByRole('img', { name: 'Customer Excellence Pledge: not a member' }));
  // A former member's badge is genuine nowhere: no domains, no pledge text.
  await expect(page.getByRole('region', { name: 'The pledge it signed' })).toHaveCount(0);
  await expect(page.getByText('This badge is genuine only on these sites')).toHaveCount(0);
});
