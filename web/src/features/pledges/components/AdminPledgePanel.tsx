import { allowedActions } from '@cep/shared';
import { useState } from 'react';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { ADMIN_ACTIONS, type AdminAction } from '../api/pledges-api.ts';
import { usePledge } from '../hooks/usePledge.ts';
import { AppealsList } from './AppealsList.tsx';
import { PledgeFacts } from './PledgeFacts.tsx';
import { ADMIN_ACTION_TEXT, TransitionDialog } from './TransitionDialog.tsx';

const isAdminAction = (action: string): action is AdminAction => (ADMIN_ACTIONS as readonly string[]).includes(action);

/** The admin's view of one pledge: its facts, only the moves the lifecycle allows from here, and the vendor's appeals. */
export function AdminPledgePanel({ vendorId, vendorName }: { vendorId: string; vendorName: string }) {
  const pledge = usePledge(vendorId);
  const [action, setAction] = useState<AdminAction | null>(null);
  const [done, setDone] = useState<AdminAction | null>(null);

  return (
    <Loadable query={pledge} loading="Loading the pledge…">
      {(p) => {
        const actions = allowedActions(p.state).filter(isAdminAction);

        return (
          <div className="stack">
            {done ? (
              <Alert tone="success" title={`The pledge is ${ADMIN_ACTION_TEXT[done].done}`}>
                The vendor’s owners are e-mailed the reason.
              </Alert>
            ) : null}
            <div className="section">
              <PledgeFacts pledge={p} />
              {actions.length > 0 ? (
                <div className="form-actions" role="group" aria-label="Lifecycle actions">
                  {actions.map((a) => (
                    <Button key={a} variant={ADMIN_ACTION_TEXT[a].danger ? 'danger' : 'primary'} onClick={() => { setDone(null); setAction(a); }}>
                      {ADMIN_ACTION_TEXT[a].verb}
                    </Button>
                  ))}
                </div>
              ) : (
                <p className="muted">No lifecycle action applies to a pledge that is {p.state.replace('_', ' ')}.</p>
              )}
            </div>
            <section aria-labelledby="appeals-heading">
              <h2 id="appeals-heading">Appeals</h2>
              <AppealsList appeals={p.appeals} label={`Appeals from ${vendorName}`} emptyTitle="The vendor has sent no appeal" />
            </section>
            {action ? (
              <TransitionDialog
                vendorId={vendorId}
                vendorName={vendorName}
                action={action}
                onClose={() => setAction(null)}
                onDone={() => {
                  setDone(action);
                  setAction(null);
                }}
              />
            ) : null}
          </div>
        );
      }}
    </Loadable>
  );
}
