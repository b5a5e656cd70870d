export { AcceptInvitationForm } from './components/AcceptInvitationForm.tsx';
export { LoginForm } from './components/LoginForm.tsx';
export { RequireRole } from './components/RequireRole.tsx';
export { useInvitation } from './hooks/useInvitation.ts';
export { useLogout } from './hooks/useLogout.ts';
export { forgetAccountData, homeFor, isVendorRole, useSession } from './hooks/useSession.ts';
