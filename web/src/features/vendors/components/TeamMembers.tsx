import { Loadable } from '../../../components/ui/Loadable.tsx';
import { StatusTag } from '../../../components/ui/StatusTag.tsx';
import { Table } from '../../../components/ui/Table.tsx';
import { formatDate, ROLE_LABELS } from '../../../lib/format.ts';
import { useMembers } from '../hooks/useMembers.ts';

export function TeamMembers({ vendorId }: { vendorId: string }) {
  const members = useMembers(vendorId);
  return (
    <Loadable query={members} loading="Loading the team…" empty={{ when: (people) => people.length === 0, title: 'Nobody on the team yet' }}>
      {(people) => (
        <Table caption="People who can manage this vendor">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">E-mail</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Since</th>
            </tr>
          </thead>
          <tbody>
            {people.map((m) => (
              <tr key={m.id}>
                <td>{m.name || <span className="muted">(not set yet)</span>}</td>
                <td>{m.email}</td>
                <td>{ROLE_LABELS[m.role] ?? m.role}</td>
                <td>
                  <StatusTag status={m.status} label={m.status === 'invited' ? 'invited' : 'active'} />
                </td>
                <td>{formatDate(m.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Loadable>
  );
}
