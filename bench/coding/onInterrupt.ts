/**
 * Cleans up (temp project, server, browser) when the run is interrupted (Ctrl+C, a timeout's
 * SIGTERM), so an aborted benchmark leaves nothing behind. Stays armed while cleaning: under
 * npx/tsx the signal arrives twice (to the process group and relayed by tsx), and a second,
 * unhandled one would kill the process half-way. Returns a function that disarms it.
 */
export function onInterrupt(cleanup: () => Promise<void> | void): () => void {
  let cleaning = false;
  const handler = (signal: NodeJS.Signals) => {
    if (cleaning) return;
    cleaning = true;
    console.error(`\n${signal}: cleaning up`);
    void Promise.resolve()
      .then(cleanup)
      .catch(() => undefined)
      .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}
