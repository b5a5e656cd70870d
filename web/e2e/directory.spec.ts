import { expect, signInAsAdmin, test, uniqueTag } from './fixtures.ts';

/** The demo vendors with a pledge: the directory lists only these. */
const PLEDGED = [
  { name: 'Acme Learning', slug: 'acme', state: 'Active' },
  { name: 'BrightPath LXP', slug: 'brightpath', state: 'Lapsed' },
  { name: 'ContentCraft', slug: 'contentcraft', state: 'Suspended' },
  { name: 'TalentGrid', slug: 'talentgrid', state: 'Active' },
  { name: 'Northwind Academy', slug: 'northwind', state: 'Active' },
];

/** Ended pledges, which nothing brings back (an unsigned one is covered by the main path). */
const ENDED = ['LegacyLearn', 'Coursely'];

test('the directory lists pledged vendors with their live state, searches by name and filters by category and state', async ({ page }) => {
  await page.goto('/directory');
  const results = page.getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) });
  const card = (name: string) => results.getByRole('listitem').filter({ has: page.getByRole('link', { name, exact: true }) });
  for (const vendor of PLEDGED) {
    await expect(results.getByRole('link', { name: vendor.name, exact: true })).toHaveAttribute('href', `/verify/${vendor.slug}`);
    await expect(card(vendor.name)).toContainText(`${vendor.state} since`);
  }
  for (const name of ENDED) await expect(results.getByRole('link', { name, exact: true })).toHaveCount(0);
  // Each card says since when the vendor is a member and the last period the registry checked.
  await expect(card('Acme Learning')).toContainText('Member since');
  await expect(card('Acme Learning')).toContainText(/Last period checked: (1st|2nd) half of \d{4}/);

  await page.getByLabel('Search vendors').fill('bright');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/q=bright/);
  await expect(page.getByRole('heading', { name: '1 vendor' })).toBeVisible();
  await expect(results.getByRole('link', { name: 'BrightPath LXP', exact: true })).toBeVisible();
  await expect(results.getByRole('link', { name: 'Acme Learning', exact: true })).toHaveCount(0);

  await page.getByLabel('Search vendors').fill('');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByLabel('Category').selectOption({ label: 'Content provider' });
  await expect(page).toHaveURL(/category=content-provider/);
  await expect(results.getByRole('link', { name: 'ContentCraft', exact: true })).toBeVisible();
  await expect(results.getByRole('link', { name: 'Acme Learning', exact: true })).toHaveCount(0);
  await expect(results.getByRole('link', { name: 'TalentGrid', exact: true })).toHaveCount(0);

  // The state filter sits next to the category and combines with it.
  await page.getByLabel('Category').selectOption({ label: 'All categories' });
  await page.getByLabel('State').selectOption({ label: 'Suspended' });
  await expect(page).toHaveURL(/state=suspended/);
  await expect(results.getByRole('link', { name: 'ContentCraft', exact: true })).toBeVisible();
  await expect(results.getByRole('link', { name: 'Acme Learning', exact: true })).toHaveCount(0);
  await page.getByLabel('State').selectOption({ label: 'Active' });
  await expect(page).toHaveURL(/state=active/);
  await expect(results.getByRole('link', { name: 'Acme Learning', exact: true })).toBeVisible();
  await expect(results.getByRole('link', { name: 'ContentCraft', exact: true })).toHaveCount(0);
  await expect(results.getByRole('link', { name: 'BrightPath LXP', exact: true })).toHaveCount(0);
  await page.getByLabel('State').selectOption({ label: 'Lapsed' });
  await expect(results.getByRole('link', { name: 'BrightPath LXP', exact: true })).toBeVisible();
  await expect(results.getByRole('link', { name: 'Acme Learning', exact: true })).toHaveCount(0);
  await page.getByLabel('State').selectOption({ label: 'All states' });
  await expect(page).not.toHaveURL(/state=/);

  await page.getByLabel('Search vendors').fill('zzz-nothing-matches');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByText('No vendors match')).toBeVisible();

  // A directory entry leads to its verification page.
  await page.goto('/directory?state=suspended');
  await page.getByRole('link', { name: 'ContentCraft', exact: true }).click();
  await expect(page).toHaveURL(/\/verify\/contentcraft$/);
  await expect(page.getByRole('heading', { level: 1, name: 'ContentCraft' })).toBeVisible();
  await expect(page.getByText(/^Suspended since/)).toBeVisible();
});

test('the directory pages forward and back by cursor, and a bookmarked later page offers the first', async ({ page }) => {
  // Two a page, so the demo's members fill several.
  await page.goto('/directory?limit=2');
  const names = () => page.getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) }).getByRole('heading', { level: 3 }).allTextContents();
  const pages = page.getByRole('navigation', { name: 'Directory pages' });
  await expect(pages.getByText(/^Page 1 of \d+$/)).toBeVisible();
  await expect(pages.getByRole('button', { name: 'Previous page' })).toBeDisabled();
  const first = await names();
  expect(first).toHaveLength(2);

  await pages.getByRole('button', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/after=/);
  await expect(pages.getByText(/^Page 2 of \d+$/)).toBeVisible();
  // The first page stays on screen until the second has loaded.
  await expect.poll(names).not.toEqual(first);
  const second = await names();
  expect(second).toHaveLength(2);
  expect(second.some((name) => first.includes(name))).toBe(false);
  // Names run on in order from one page to the next.
  expect([...first, ...second]).toEqual([...first, ...second].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));

  await pages.getByRole('button', { name: 'Previous page' }).click();
  await expect(pages.getByText(/^Page 1 of \d+$/)).toBeVisible();
  await expect.poll(names).toEqual(first);

  // Reloaded, the page keeps its place; opened from a link (a new tab), it does not know the page
  // before it and offers the first.
  await pages.getByRole('button', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/after=/);
  await page.reload();
  await expect(pages.getByText(/^Page 2 of \d+$/)).toBeVisible();
  const tab = await page.context().newPage();
  await tab.goto(page.url());
  const tabPages = tab.getByRole('navigation', { name: 'Directory pages' });
  await expect(tabPages.getByText(/in all$/)).toBeVisible();
  await tabPages.getByRole('button', { name: 'First page' }).click();
  await expect(tab).not.toHaveURL(/after=/);
  await expect(tabPages.getByText(/^Page 1 of \d+$/)).toBeVisible();
  await tab.close();
});

test('the directory groups its vendors by category with a count for each, and sorts by the newest', async ({ page }) => {
  await page.goto('/directory');
  const categories = page.getByRole('navigation', { name: 'Categories' });
  // Each category with a count; the counts add up to "All".
  const counts = async () => (await categories.getByRole('button').allTextContents()).map((text) => Number(/(\d+)\s*$/.exec(text)?.[1]));
  await expect(categories.getByRole('button').first()).toBeVisible();
  const [all = 0, ...each] = await counts();
  expect(each.length).toBeGreaterThanOrEqual(3);
  expect(each.reduce((sum, n) => sum + n, 0)).toBe(all);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(`${all} vendors`);

  await page.getByLabel('Sort by').selectOption({ label: 'Category, then name' });
  await expect(page).toHaveURL(/sort=category/);
  // Under its category heading a vendor's name is one level down.
  await expect(page.getByRole('heading', { level: 4, name: 'ContentCraft' })).toBeVisible();
  const headings = await page.locator('section[aria-labelledby="directory-results"]').getByRole('heading', { level: 3 }).allTextContents();
  // One heading per category, each once.
  expect(new Set(headings).size).toBe(headings.length);
  expect(headings).toContain('Content provider');

  // Picking a category keeps the order and narrows the list; its count is the list's size.
  const contentProvider = categories.getByRole('button', { name: /^Content provider/ });
  const expected = Number(/(\d+)\s*$/.exec((await contentProvider.textContent()) ?? '')?.[1]);
  await contentProvider.click();
  await expect(page).toHaveURL(/category=content-provider/);
  await expect(contentProvider).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(expected === 1 ? '1 vendor' : `${expected} vendors`);

  await page.getByLabel('Sort by').selectOption({ label: 'Newest in the registry' });
  await expect(page).toHaveURL(/sort=newest/);
  await expect(page.getByRole('heading', { level: 3, name: 'ContentCraft' })).toBeVisible();
});

test('a buyer asks a vendor that is not a member to join; once confirmed the vendor is invited and the admin sees the request', async ({ page, mail, harness }) => {
  const tag = uniqueTag();
  const buyer = `buyer-${tag}@school.example`;
  const contact = `hello-${tag}@quizzly.example`;
  // A buyer who finds no vendor behind an address is offered the form, open.
  await page.goto(`/verify/quizzly-${tag}`);
  await page.getByRole('link', { name: 'Ask it to join' }).click();
  await expect(page).toHaveURL(/\/directory#ask-to-join$/);
  const form = page.getByRole('form', { name: 'Ask a vendor to join' });
  await expect(form).toBeVisible();
  await form.getByLabel('Vendor’s name').fill(`Quizzly ${tag}`);
  await form.getByLabel('Vendor’s web site').fill(`https://www.quizzly-${tag}.example/`);
  await form.getByLabel('Whom at the vendor to write to').fill(contact);
  await form.getByLabel('Your e-mail').fill(buyer);
  await form.getByRole('button', { name: 'Ask them to join' }).click();
  await expect(page.getByText('Check your e-mail')).toBeVisible();

  const confirmation = await mail.waitFor({ to: buyer, subject: /Confirm your request that Quizzly/ });
  const path = /\/join-requests\/confirm\/[A-Za-z0-9_-]+/.exec(confirmation.text)?.[0] ?? '';
  await page.goto(path);
  await page.getByRole('button', { name: 'Confirm my request' }).click();
  await expect(page.getByTestId('join-request-confirmed')).toContainText(`We wrote to Quizzly ${tag}`);
  await mail.waitFor({ to: contact, subject: /Your customers ask Quizzly .* to join/ });

  await signInAsAdmin(page, harness);
  await page.goto('/admin/applications');
  await expect(page.getByRole('table', { name: 'Vendors buyers asked to join' }).getByRole('row', { name: new RegExp(`Quizzly ${tag}`) })).toContainText('1');
});
