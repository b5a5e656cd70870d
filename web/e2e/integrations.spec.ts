import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { createVendor, expect, signIn, test } from './fixtures.ts';

interface Received {
  headers: Record<string, string>;
  body: string;
}

/** An integrator's receiver on loopback (http is accepted for a local receiver outside production). */
async function startReceiver(): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, String(v)])), body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

test('an owner creates a key, registers an endpoint, sends a test event and sees it delivered', async ({ page, request, mail, harness }) => {
  const receiver = await startReceiver();
  try {
    const { ownerEmail, password, vendor } = await createVendor(request, mail, harness, 'Hooked');
    await signIn(page, ownerEmail, password);
    await page.getByRole('link', { name: 'Integrations' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Integrations' })).toBeVisible();

    // A key: named, scoped, shown once.
    await page.getByLabel('Name').fill('Helpdesk export');
    await page.getByRole('checkbox', { name: /checkpoints:write/ }).check();
    await page.getByRole('button', { name: 'Create the key' }).click();
    const shown = page.getByLabel('The new API key');
    await expect(shown).toHaveValue(/^cep_[A-Za-z0-9_-]{43}$/);
    const key = await shown.inputValue();
    await page.getByRole('button', { name: 'I have stored it' }).click();
    await expect(page.getByRole('table', { name: 'API keys' }).getByRole('row', { name: /Helpdesk export/ })).toContainText(key.slice(0, 12));
    // The key works for its vendor, within its scope.
    const draft = await request.get(`/api/v1/vendors/${vendor.id}/checkpoints`, { headers: { 'x-api-key': key } });
    expect(draft.status()).toBe(200);

    // An endpoint for pledge events, its secret shown once.
    await page.getByLabel('URL').fill(receiver.url);
    await page.getByRole('checkbox', { name: /pledge\.state_changed/ }).check();
    await page.getByRole('button', { name: 'Register the endpoint' }).click();
    const secretField = page.getByLabel('The new signing secret');
    await expect(secretField).toHaveValue(/^whsec_/);
    const secret = await secretField.inputValue();
    await page.getByRole('button', { name: 'I have stored it' }).click();

    // The test event goes out through the job queue and shows as delivered in the log.
    await page.getByRole('button', { name: 'Send a test event' }).click();
    const log = page.getByRole('table', { name: 'Delivery log' });
    await expect(log.getByRole('row', { name: /webhook\.test/ })).toContainText('succeeded', { timeout: 20_000 });
    await expect(log).toContainText('204');
    expect(receiver.received).toHaveLength(1);
    const [message] = receiver.received;
    expect(new Webhook(secret).verify(message?.body ?? '', message?.headers ?? {})).toMatchObject({ type: 'webhook.test' });

    // Revoking asks first, then the key stops working at once.
    await page.getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke the key' }).click();
    await expect(page.getByRole('table', { name: 'API keys' }).getByRole('row', { name: /Helpdesk export/ })).toContainText('revoked');
    expect((await request.get(`/api/v1/vendors/${vendor.id}/checkpoints`, { headers: { 'x-api-key': key } })).status()).toBe(401);
  } finally {
    await receiver.close();
  }
});

test('the developers page explains keys, feeds and webhook signatures to anyone', async ({ page }) => {
  await page.goto('/developers');
  await expect(page.getByRole('heading', { level: 1, name: 'Developers' })).toBeVisible();
  await expect(page.getByText('X-API-Key').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Atom' })).toHaveAttribute('href', '/api/v1/directory/changes.atom');
  const atom = await page.request.get('/api/v1/directory/changes.atom');
  expect(atom.headers()['content-type']).toContain('application/atom+xml');
});
