import type { Session } from '@cep/shared';
import { useState } from 'react';
import { Button } from '../../../components/ui/Button.tsx';
import { ConfirmDialog } from '../../../components/ui/ConfirmDialog.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { Table } from '../../../components/ui/Table.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useEndDevice, useEndOtherDevices, useSignedInDevices } from '../hooks/useSignedInDevices.ts';
import { browserOf } from '../utils/browser-name.ts';

export function SignedInDevices() {
  const devices = useSignedInDevices();
  const end = useEndDevice();
  const endOthers = useEndOtherDevices();
  const [confirming, setConfirming] = useState<Session | 'others' | null>(null);
  const [ended, setEnded] = useState<number | null>(null);

  return (
    <section aria-labelledby="devices-heading">
      <h2 id="devices-heading">Signed-in devices</h2>
      <p className="muted">Each place you are signed in. Sign out any you do not recognise, then change your password.</p>
      <p role="status" className={ended !== null ? 'notice notice-success' : 'notice'}>
        {ended !== null ? `${ended} other device${ended === 1 ? ' was' : 's were'} signed out.` : ''}
      </p>
      <Loadable query={devices} loading="Loading your devices…" empty={{ when: (list) => list.length === 0, title: 'No device keeps you signed in' }}>
        {(list) => (
          <>
            <Table caption="Signed-in devices">
              <thead>
                <tr>
                  <th scope="col">Device</th>
                  <th scope="col">Address</th>
                  <th scope="col">Signed in</th>
                  <th scope="col">Last active</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((device) => (
                  <tr key={device.id}>
                    <td title={device.userAgent ?? undefined}>{browserOf(device.userAgent)}</td>
                    <td>{device.ip ?? '—'}</td>
                    <td>{formatDateTime(device.signedInAt)}</td>
                    <td>{formatDateTime(device.lastUsedAt)}</td>
                    <td>
                      {device.current ? (
                        <strong>This device</strong>
                      ) : (
                        <Button size="small" variant="secondary" onClick={() => setConfirming(device)}>
                          Sign out
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
            {list.some((device) => !device.current) ? (
              <Button variant="secondary" onClick={() => setConfirming('others')}>
                Sign out every other device
              </Button>
            ) : null}
          </>
        )}
      </Loadable>
      {confirming === 'others' ? (
        <ConfirmDialog
          title="Sign out every other device?"
          confirm="Sign out the others"
          busy={endOthers.isPending}
          failure={endOthers.error}
          onConfirm={() =>
            endOthers.mutate(undefined, {
              onSuccess: (answer) => {
                setEnded(answer.ended);
                setConfirming(null);
              },
            })
          }
          onClose={() => setConfirming(null)}
        >
          <p>Every device but this one must sign in again; pages open there stop working within 15 minutes.</p>
        </ConfirmDialog>
      ) : confirming ? (
        <ConfirmDialog
          title={`Sign out ${browserOf(confirming.userAgent)}?`}
          confirm="Sign out that device"
          busy={end.isPending}
          failure={end.error}
          onConfirm={() => end.mutate(confirming.id, { onSuccess: () => setConfirming(null) })}
          onClose={() => setConfirming(null)}
        >
          <p>It must sign in again; a page open there stops working within 15 minutes.</p>
        </ConfirmDialog>
      ) : null}
      {end.error && !confirming ? <FormFailure failure={end.error} errors={{}} /> : null}
    </section>
  );
}
