/** Time comes from here, so tests can move it (lapses, reminders, token expiry). */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
