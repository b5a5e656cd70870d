/** Applications: a company asks to join; the admin approves (creating the vendor and its pledge) or rejects. */
export { Application } from './application.entity.ts';
export { JoinRequest } from './join-request.entity.ts';
export { applicationsRoutes } from './applications.routes.ts';
export { pendingApplications } from './applications.service.ts';
export { registerApplicationNotices } from './applications.notices.ts';
