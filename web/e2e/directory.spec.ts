import { expect, test } from './fixtures.ts';

const DEMO = [
  { name: 'Acme Learning', slug: 'acme' },
  { name: 'BrightPath LXP', slug: 'brightpath' },
  { name: 'Authorly', slug: 'authorly' },
  { name: 'ContentCraft', slug: 'contentcraft' },
  { name: 'TalentGrid', slug: 'talentgrid' },
];

test('the directory lists the demo vendors, searches by name and filters by category', async ({ page }) => {
  await page.goto('/directory');
  const results = page.getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) });
  for (const vendor of DEMO) {
    await expect(results.getByRole('link', { name: vendor.name, exact: true })).toHaveAttribute('href', `/verify/${vendor.slug}`);
  }

  await page.getByLabel('Search vendors').fill('bright');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/q=bright/);
  await expect(page.getByRole('heading', { name: '1 vendor' })).toBeVisible();
  await expect(results.getByRole('link', { name: 'BrightPath LXP', exact: true })).toBeVisible();
  await expect(results.getByRole('link', { name: 'Acme Learning', exact: true })).toHaveCount(0);

  await page.getByLabel('Search vendors').fill('');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByLabel('Category').selectOption({ label: 'Authoring tool' });
  await expect(page).toHaveURL(/category=authoring-tool/);
  await expect(results.getByRole('link', { name: 'Authorly', exact: true })).toBeVisible();
  await expect(results.getByRole('link', { name: 'Acme Learning', exact: true })).toHaveCount(0);
  await expect(results.getByRole('link', { name: 'TalentGrid', exact: true })).toHaveCount(0);

  await page.getByLabel('Search vendors').fill('zzz-nothing-matches');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByText('No vendors match')).toBeVisible();

  // A directory entry leads to its verification page.
  await page.goto('/directory?category=authoring-tool');
  await page.getByRole('link', { name: 'Authorly', exact: true }).click();
  await expect(page).toHaveURL(/\/verify\/authorly$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Authorly' })).toBeVisible();
  await expect(page.getByText('Course authoring in the browser.')).toBeVisible();

  await page.goto('/verify/no-such-vendor');
  await expect(page.getByRole('heading', { name: 'Vendor not found' })).toBeVisible();
});
