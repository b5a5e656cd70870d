import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { useSession } from '../../../features/auth/index.ts';
import { InviteMemberForm, TeamMembers } from '../../../features/vendors/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';

export function TeamPage() {
  usePageTitle('Team');
  const user = useSession().data;
  if (!user?.vendorId) return <ErrorState error={new Error('This account belongs to no vendor.')} title="No vendor" />;
  return (
    <div className="page">
      <h1>Team</h1>
      <TeamMembers vendorId={user.vendorId} />
      {user.role === 'vendor_owner' ? (
        <InviteMemberForm vendorId={user.vendorId} />
      ) : (
        <p className="muted">Only an owner of your vendor can invite people.</p>
      )}
    </div>
  );
}
