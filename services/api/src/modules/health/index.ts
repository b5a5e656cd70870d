/** Health: liveness, readiness and the Prometheus counters. */
export { healthRoutes } from './health.routes.ts';
