import { acceptInvitation, createVendor, expect, signIn, signOut, test, uniqueTag } from './fixtures.ts';

test('a forgotten password is reset through the e-mailed link, and only the new one signs in', async ({ page, request, mail, harness }) => {
  const fresh = await createVendor(request, mail, harness, 'Quince Learning');
  const newPassword = 'a fresh passphrase for quince';

  await page.goto('/login');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible();
  await page.getByLabel('E-mail').fill(fresh.ownerEmail);
  await page.getByRole('button', { name: 'Send me a link' }).click();
  await expect(page.getByText('Check your e-mail')).toBeVisible();

  const message = await mail.waitFor({ to: fresh.ownerEmail, subject: /Reset your password/ });
  const link = /https?:\/\/\S+\/reset-password\/[A-Za-z0-9_-]+/.exec(message.text)?.[0];
  expect(link, message.text).toBeDefined();
  await page.goto(new URL(link ?? '').pathname);
  await expect(page.getByText(fresh.ownerEmail)).toBeVisible();

  // Two passwords that differ are caught before anything is sent.
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('New password again').fill('something else entirely');
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await expect(page.getByText('does not match the password')).toBeVisible();
  await page.getByLabel('New password again').fill(newPassword);
  await page.getByRole('button', { name: 'Set the new password' }).click();

  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByText('Your password was changed')).toBeVisible();
  await expect(page.getByLabel('E-mail')).toHaveValue(fresh.ownerEmail);
  await page.getByLabel('Password').fill(fresh.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByText('Wrong e-mail or password')).toBeVisible();
  await signIn(page, fresh.ownerEmail, newPassword);
  await mail.waitFor({ to: fresh.ownerEmail, subject: /Your registry password was changed/ });

  // The link worked once.
  await page.goto(new URL(link ?? '').pathname);
  await expect(page.getByText('This link cannot be used')).toBeVisible();
});

test('the owner removes a member, who then cannot sign in; ownership passes to another member', async ({ page, request, mail, harness }) => {
  const fresh = await createVendor(request, mail, harness, 'Rowan Learning');
  const leaver = `leaver-${uniqueTag()}@example.com`;
  const heir = `heir-${uniqueTag()}@example.com`;

  await signIn(page, fresh.ownerEmail, fresh.password);
  await page.goto('/vendor/team');
  for (const email of [leaver, heir]) {
    await page.getByLabel('E-mail').fill(email);
    await page.getByRole('button', { name: 'Send invitation', exact: true }).click();
    await expect(page.getByText(`An invitation is on its way to ${email}`)).toBeVisible();
  }
  const leaverPassword = await acceptInvitation(request, mail, leaver, 'Lee Leaver');
  await acceptInvitation(request, mail, heir, 'Hana Heir');
  await page.reload();

  const leaverRow = page.getByRole('row').filter({ hasText: leaver });
  await leaverRow.getByRole('button', { name: 'Remove' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('signed out everywhere');
  await dialog.getByRole('button', { name: 'Remove from the team' }).click();
  await expect(page.getByRole('cell', { name: leaver })).toHaveCount(0);
  await mail.waitFor({ to: leaver, subject: /You were removed from/ });

  // Ownership passes; the former owner stays as a member and loses the owner's actions.
  await page.getByRole('row').filter({ hasText: heir }).getByRole('button', { name: 'Make owner' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Transfer the ownership' }).click();
  await expect(page.getByRole('row').filter({ hasText: heir })).toContainText('Owner');
  await expect(page.getByRole('heading', { name: 'Invite a colleague' })).toHaveCount(0);
  await expect(page.getByText('The owner invites and removes people')).toBeVisible();
  await signOut(page);

  await page.goto('/login');
  await page.getByLabel('E-mail').fill(leaver);
  await page.getByLabel('Password').fill(leaverPassword);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByText('Wrong e-mail or password')).toBeVisible();
});

test('the account page lists signed-in devices, signs the others out, and changes the password', async ({ page, browser, request, mail, harness }) => {
  const fresh = await createVendor(request, mail, harness, 'Sorrel Learning');
  // Another device: a second browser context signed in as the same person.
  const elsewhere = await browser.newContext();
  const otherPage = await elsewhere.newPage();
  await signIn(otherPage, fresh.ownerEmail, fresh.password);

  await signIn(page, fresh.ownerEmail, fresh.password);
  await page.getByRole('link', { name: /Olive Owner/ }).click();
  await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible();
  const devices = page.getByRole('table', { name: 'Signed-in devices' });
  await expect(devices.getByRole('row')).toHaveCount(3);
  await expect(devices.getByText('This device')).toBeVisible();

  await page.getByRole('button', { name: 'Sign out every other device' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Sign out the others' }).click();
  await expect(page.getByText('1 other device was signed out.')).toBeVisible();
  await expect(devices.getByRole('row')).toHaveCount(2);
  // The other device's session is gone: a reload there finds nobody signed in.
  await otherPage.reload();
  await expect(otherPage.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await elsewhere.close();

  await page.getByLabel('Current password').fill('not the password at all');
  await page.getByLabel('New password', { exact: true }).fill('sorrel changed passphrase');
  await page.getByLabel('New password again').fill('sorrel changed passphrase');
  await page.getByRole('button', { name: 'Change the password' }).click();
  await expect(page.getByText('is not your current password')).toBeVisible();

  await page.getByLabel('Current password').fill(fresh.password);
  await page.getByRole('button', { name: 'Change the password' }).click();
  await expect(page.getByText('Your password was changed, and every other device was signed out.')).toBeVisible();
  // This device stays signed in, across a reload too.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
});

test('a vendor adds a passkey, signs in with it alone, and uses it as the second step after the password', async ({ page, request, mail, harness }) => {
  const fresh = await createVendor(request, mail, harness, 'Passkey Learning');
  // Browsers bind passkeys to a domain, never to an IP address: the registry at 127.0.0.1 binds
  // them to localhost (config.webAuthn), so this test visits it under that name.
  const site = harness.baseUrl.replace('127.0.0.1', 'localhost');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });

  await page.goto(`${site}/login`);
  await page.getByLabel('E-mail').fill(fresh.ownerEmail);
  await page.getByLabel('Password').fill(fresh.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await page.goto(`${site}/account`);
  await expect(page.getByText('Off: your password alone signs you in.')).toBeVisible();
  await page.getByRole('link', { name: 'Turn on two-step sign-in' }).click();
  await page.getByLabel('Name of the new passkey').fill('Test laptop');
  await page.getByRole('button', { name: 'Add a passkey' }).click();
  await expect(page.getByRole('table', { name: 'Your passkeys' })).toContainText('Test laptop');
  await expect(page.getByText('Two-step sign-in is on')).toBeVisible();
  await expect(page.getByText('You have no recovery codes')).toBeVisible();
  await mail.waitFor({ to: fresh.ownerEmail, subject: /A passkey was added/ });

  // Without a password.
  await signOut(page);
  await page.goto(`${site}/login`);
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await expect(page).toHaveURL(/\/vendor$/);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

  // After the password, the passkey is the second step.
  await signOut(page);
  await page.goto(`${site}/login`);
  await page.getByLabel('E-mail').fill(fresh.ownerEmail);
  await page.getByLabel('Password').fill(fresh.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Two-step sign-in' })).toBeVisible();
  await page.getByRole('button', { name: 'Use my passkey' }).click();
  await expect(page).toHaveURL(/\/vendor$/);
  await page.goto(`${site}/account/two-factor`);
  await expect(page.getByRole('table', { name: 'Your passkeys' })).not.toContainText('Never');
});
