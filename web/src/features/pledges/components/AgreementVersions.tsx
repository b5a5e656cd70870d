import { Loadable } from '../../../components/ui/Loadable.tsx';
import { StatusTag } from '../../../components/ui/StatusTag.tsx';
import { Table } from '../../../components/ui/Table.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useAgreements, useCurrentAgreement } from '../hooks/useAgreements.ts';

/** Every version, newest first, and which one vendors sign today (the server's answer, not this clock's). */
export function AgreementVersions() {
  const agreements = useAgreements();
  const current = useCurrentAgreement();
  return (
    <Loadable query={agreements} loading="Loading the agreement versions…" empty={{ when: (versionList) => versionList.length === 0, title: 'No agreement version is published yet' }}>
      {(versionList) => {
        const inEffect = current.data?.version;
        const standing = (version: number): { status: string; label: string } | null => {
          if (inEffect === undefined) return null;
          if (version === inEffect) return { status: 'in-effect', label: 'In effect' };
          return version > inEffect ? { status: 'scheduled', label: 'Scheduled' } : { status: 'replaced', label: 'Replaced' };
        };
        return (
          <Table caption="Published versions">
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Title</th>
                <th scope="col">Status</th>
                <th scope="col">Takes effect</th>
                <th scope="col">Published</th>
                <th scope="col">SHA-256 of the text</th>
              </tr>
            </thead>
            <tbody>
              {versionList.map((a) => {
                const tag = standing(a.version);
                return (
                  <tr key={a.version}>
                    <th scope="row">{a.version}</th>
                    <td>{a.title}</td>
                    <td>{tag ? <StatusTag status={tag.status} label={tag.label} className="tag-plain" /> : <span className="muted">—</span>}</td>
                    <td>
                      <time dateTime={a.effectiveAt}>{formatDateTime(a.effectiveAt)}</time>
                    </td>
                    <td>
                      <time dateTime={a.publishedAt}>{formatDateTime(a.publishedAt)}</time>
                    </td>
                    <td>
                      <code className="hash">{a.textSha256}</code>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        );
      }}
    </Loadable>
  );
}
