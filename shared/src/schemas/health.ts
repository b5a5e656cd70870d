import Type from 'typebox';

export const HealthSchema = Type.Object({ status: Type.Literal('ok') });
export const ReadinessSchema = Type.Object({
  status: Type.Enum(['ready', 'unavailable']),
  database: Type.Enum(['up', 'down']),
});
export type Readiness = Type.Static<typeof ReadinessSchema>;
