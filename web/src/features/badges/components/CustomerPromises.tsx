import type { CustomerPromises as Promises } from '@cep/shared';
import { Table } from '../../../components/ui/Table.tsx';
import { targetLabel } from '../utils/customer-promises.ts';

const LEVELS = [
  ['high', 'High'],
  ['medium', 'Medium'],
  ['low', 'Low'],
] as const;

/**
 * Promises 3 and 4 are made to the vendor's customers: what counts as low, medium and high
 * priority with the first-response target of each, and who their named support contact is.
 */
export function CustomerPromises({ name, promises }: { name: string; promises: Promises }) {
  const { queueDefinitions, supportContact } = promises;
  return (
    <section className="section" aria-labelledby="promises-heading">
      <h2 id="promises-heading">What {name} promises its customers</h2>
      <h3>Its support queue</h3>
      {queueDefinitions ? (
        <Table caption={`Support priorities of ${name}`}>
          <thead>
            <tr>
              <th scope="col">Priority</th>
              <th scope="col">What counts</th>
              <th scope="col">First response within</th>
            </tr>
          </thead>
          <tbody>
            {LEVELS.map(([level, label]) => (
              <tr key={level}>
                <th scope="row">{label}</th>
                <td>{queueDefinitions[level].description}</td>
                <td>{targetLabel(queueDefinitions[level].targetMinutes)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <p className="muted">{name} has not published its queue definitions yet.</p>
      )}
      <p className="field-hint">Promise 3 of the pledge is a first response within 120 minutes of business hours.</p>
      <h3>Its named support contact</h3>
      <p>
        {supportContact ? (
          <>
            <strong>{supportContact.name}</strong> ({supportContact.kind === 'team' ? 'a team' : 'a person'}). Customers reach them through the contact details in their agreement with {name}.
          </>
        ) : (
          <span className="muted">{name} has not named its support contact yet.</span>
        )}
      </p>
    </section>
  );
}
