/**
 * Complaints: public intake confirmed by e-mail, the admin's triage, the vendor's response, the
 * complainant's verdict (`complaint-states` in @cep/shared), deadlines and the watch list.
 */
export { Complaint } from './complaint.entity.ts';
export { ComplaintMessage } from './complaint-message.entity.ts';
export { registerComplaintJobs, scanComplaints } from './complaints.jobs.ts';
export { registerComplaintNotices } from './complaints.notices.ts';
export { complaintsRoutes } from './complaints.routes.ts';
export { conversationRoutes } from './conversation.routes.ts';
export { awaitingResponse, complaintsToTriage, newlyWatched, questionsForVendor, watchedSince } from './complaints.queries.ts';
export { COMPLAINANT, CONFIRM_DAYS } from './complaints.service.ts';
