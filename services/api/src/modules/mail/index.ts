/**
 * Mail: the outbox. Other modules queue a message inside their own transaction; a job delivers it
 * (or it is held for the admin to read when no SMTP server is configured). Each module writes its
 * messages in its own `<module>.mails.ts`, with links from `mailLinks`.
 */
export { type MailContent, type MailLinks, mailLinks } from './links.ts';
export { MailMessage } from './mail-message.entity.ts';
export { mailRoutes } from './mail.routes.ts';
export { heldMail, type OutgoingMail, queueMail, registerMailDelivery } from './mail.service.ts';
