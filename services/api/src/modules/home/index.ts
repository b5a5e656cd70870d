/**
 * Home: where people land — a vendor's standing and to-dos, the admin's inbox. Sits above the
 * modules it gathers from (pledges, checkpoints, complaints, applications, mail).
 */
export { homeRoutes } from './home.routes.ts';
