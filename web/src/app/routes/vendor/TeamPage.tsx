import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { useSession } from '../../../features/auth/index.ts';
import { InviteMemberForm, TeamMembers } from '../../../features/vendors/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';

export function TeamPage() {
  usePageTitle('Team');
  const user = useSession().data;
  if (!user?.vendorId) return <ErrorState error={new Error('This account belongs to no vendor.')} title="No vendor" />;
  const isOwner = user.role === 'vendor_owner';
  return (
    <div className="page">
      <h1>Team</h1>
      <p className="lead">
        {isOwner
          ? 'You are the owner: you invite people, remove those who left, and can hand the ownership to a member who has joined.'
          : 'The owner invites and removes people. Ask them if someone should join or leave.'}
      </p>
      <TeamMembers vendorId={user.vendorId} canManage={isOwner} />
      {isOwner ? <InviteMemberForm vendorId={user.vendorId} /> : null}
    </div>
  );
}
