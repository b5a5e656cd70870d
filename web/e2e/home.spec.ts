import { expect, signIn, signInAsAdmin, test } from './fixtures.ts';

test('a lapsed vendor lands on its home, which says what to do, and the to-do leads there', async ({ page, harness }) => {
  await signIn(page, 'owner@brightpath.example', harness.demoPassword);
  await expect(page).toHaveURL(/\/vendor$/);
  await expect(page.getByRole('heading', { level: 1, name: 'BrightPath LXP' })).toBeVisible();
  await expect(page.getByText('Lapsed', { exact: true })).toBeVisible();

  const todos = page.getByRole('region', { name: 'To do' });
  const overdue = todos.getByRole('listitem').filter({ hasText: /data is overdue/ });
  await expect(overdue).toContainText('Submit it to become active again');
  const period = /The (\d{4}-H[12]) data is overdue/.exec((await overdue.textContent()) ?? '')?.[1];
  expect(period).toBeDefined();
  await overdue.getByRole('link', { name: 'Enter the data' }).click();
  await expect(page).toHaveURL(new RegExp(`/vendor/checkpoints/${period}$`));
  await expect(page.getByRole('heading', { level: 1, name: /Checkpoint data for the/ })).toBeVisible();
});

test('the admin lands on the inbox; the navigation carries the counts and folds into a menu on a narrow screen', async ({ page, harness }) => {
  await signInAsAdmin(page, harness);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();
  const complaints = page.getByRole('link', { name: /complaints? to triage/ });
  const waiting = Number((await complaints.locator('.inbox-count').textContent()) ?? '0');
  expect(waiting).toBeGreaterThan(0);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: `Complaints ${waiting} waiting` })).toBeVisible();

  // The queue opens on what waits, oldest first.
  await complaints.click();
  await expect(page).toHaveURL(/\/admin\/complaints\?state=confirmed$/);

  await page.setViewportSize({ width: 390, height: 800 });
  await expect(nav).toBeHidden();
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await nav.getByRole('link', { name: 'Watch list' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Watch list' })).toBeVisible();
  await expect(nav).toBeHidden();
});
