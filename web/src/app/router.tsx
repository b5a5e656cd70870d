import { useState } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
// The DOM build of the provider: it can flush a navigation synchronously (`flushSync`, see useLogout).
import { RouterProvider } from 'react-router/dom';
import { RequireRole } from '../features/auth/index.ts';
import { AppLayout } from './layout/AppLayout.tsx';
import { RouteError } from './layout/RouteError.tsx';
import { AccountPage } from './routes/account/AccountPage.tsx';
import { TwoFactorPage } from './routes/account/TwoFactorPage.tsx';
import { AgreementsPage } from './routes/admin/AgreementsPage.tsx';
import { ApplicationsPage } from './routes/admin/ApplicationsPage.tsx';
import { ComplaintPage } from './routes/admin/ComplaintPage.tsx';
import { ComplaintsPage } from './routes/admin/ComplaintsPage.tsx';
import { InboxPage } from './routes/admin/InboxPage.tsx';
import { AdminIntegrationsPage } from './routes/admin/IntegrationsPage.tsx';
import { OutboxPage } from './routes/admin/OutboxPage.tsx';
import { ProgramPage } from './routes/admin/ProgramPage.tsx';
import { ReviewsPage } from './routes/admin/ReviewsPage.tsx';
import { SubmissionPage } from './routes/admin/SubmissionPage.tsx';
import { VendorPage } from './routes/admin/VendorPage.tsx';
import { VendorsPage } from './routes/admin/VendorsPage.tsx';
import { WatchListPage } from './routes/admin/WatchListPage.tsx';
import { ApplyPage } from './routes/public/ApplyPage.tsx';
import { ComplainPage } from './routes/public/ComplainPage.tsx';
import { ComplaintOutcomePage } from './routes/public/ComplaintOutcomePage.tsx';
import { ComplaintQuestionPage } from './routes/public/ComplaintQuestionPage.tsx';
import { ConfirmEmailPage } from './routes/public/ConfirmEmailPage.tsx';
import { ConfirmJoinRequestPage } from './routes/public/ConfirmJoinRequestPage.tsx';
import { ConfirmComplaintPage } from './routes/public/ConfirmComplaintPage.tsx';
import { DevelopersPage } from './routes/public/DevelopersPage.tsx';
import { DirectoryPage } from './routes/public/DirectoryPage.tsx';
import { ForgotPasswordPage } from './routes/public/ForgotPasswordPage.tsx';
import { HomePage } from './routes/public/HomePage.tsx';
import { InvitationPage } from './routes/public/InvitationPage.tsx';
import { LoginPage } from './routes/public/LoginPage.tsx';
import { NotFoundPage } from './routes/public/NotFoundPage.tsx';
import { ResetPasswordPage } from './routes/public/ResetPasswordPage.tsx';
import { VerifyPage } from './routes/public/VerifyPage.tsx';
import { VerifyCredentialPage } from './routes/public/VerifyCredentialPage.tsx';
import { BadgePage } from './routes/vendor/BadgePage.tsx';
import { CheckpointPage } from './routes/vendor/CheckpointPage.tsx';
import { CheckpointsPage } from './routes/vendor/CheckpointsPage.tsx';
import { VendorHomePage } from './routes/vendor/HomePage.tsx';
import { VendorIntegrationsPage } from './routes/vendor/IntegrationsPage.tsx';
import { PledgePage } from './routes/vendor/PledgePage.tsx';
import { ProfilePage } from './routes/vendor/ProfilePage.tsx';
import { SignedCopyPage } from './routes/vendor/SignedCopyPage.tsx';
import { TeamPage } from './routes/vendor/TeamPage.tsx';
import { VendorComplaintPage } from './routes/vendor/VendorComplaintPage.tsx';
import { VendorComplaintsPage } from './routes/vendor/VendorComplaintsPage.tsx';

/** Every URL of the web app, in one table (the browser's router and the server's render both use it). */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'directory', element: <DirectoryPage /> },
      { path: 'apply', element: <ApplyPage /> },
      { path: 'developers', element: <DevelopersPage /> },
      { path: 'login', element: <LoginPage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'reset-password/:token', element: <ResetPasswordPage /> },
      { path: 'confirm-email/:token', element: <ConfirmEmailPage /> },
      { path: 'join-requests/confirm/:token', element: <ConfirmJoinRequestPage /> },
      { path: 'invitations/:token', element: <InvitationPage /> },
      { path: 'verify', element: <VerifyCredentialPage /> },
      { path: 'verify/:slug', element: <VerifyPage /> },
      { path: 'complain/:slug', element: <ComplainPage /> },
      { path: 'complaints/confirm/:token', element: <ConfirmComplaintPage /> },
      { path: 'complaints/outcome/:token', element: <ComplaintOutcomePage /> },
      { path: 'complaints/details/:token', element: <ComplaintQuestionPage /> },
      {
        path: 'account',
        element: <RequireRole roles={['admin', 'vendor_owner', 'vendor_member']} />,
        children: [
          { index: true, element: <AccountPage /> },
          { path: 'two-factor', element: <TwoFactorPage /> },
        ],
      },
      {
        path: 'admin',
        element: <RequireRole roles={['admin']} />,
        children: [
          { index: true, element: <InboxPage /> },
          { path: 'applications', element: <ApplicationsPage /> },
          { path: 'vendors', element: <VendorsPage /> },
          { path: 'vendors/:id', element: <VendorPage /> },
          { path: 'vendors/:id/checkpoints/:period', element: <SubmissionPage /> },
          { path: 'reviews', element: <ReviewsPage /> },
          { path: 'program', element: <ProgramPage /> },
          { path: 'agreements', element: <AgreementsPage /> },
          { path: 'complaints', element: <ComplaintsPage /> },
          { path: 'complaints/:id', element: <ComplaintPage /> },
          { path: 'watchlist', element: <WatchListPage /> },
          { path: 'outbox', element: <OutboxPage /> },
          { path: 'integrations', element: <AdminIntegrationsPage /> },
        ],
      },
      {
        path: 'vendor',
        element: <RequireRole roles={['vendor_owner', 'vendor_member']} />,
        children: [
          { index: true, element: <VendorHomePage /> },
          { path: 'profile', element: <ProfilePage /> },
          { path: 'team', element: <TeamPage /> },
          { path: 'badge', element: <BadgePage /> },
          { path: 'integrations', element: <VendorIntegrationsPage /> },
          { path: 'pledge', element: <PledgePage /> },
          { path: 'pledge/signed-copy', element: <SignedCopyPage /> },
          { path: 'checkpoints', element: <CheckpointsPage /> },
          { path: 'checkpoints/:period', element: <CheckpointPage /> },
          { path: 'complaints', element: <VendorComplaintsPage /> },
          { path: 'complaints/:id', element: <VendorComplaintPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/** The browser's router; it picks up the server's hydration data when the page was rendered there. */
export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
