/**
 * Runs `task` once the main thread is idle (at the latest after `timeoutMs`), coalescing calls
 * made meanwhile into one run. For refreshes after an engine event: they must not compete with
 * the frame that shows the change the researcher just made.
 */
export function whenIdle(task: () => void, timeoutMs = 300): { schedule(): void; cancel(): void } {
  let handle: number | null = null;
  const idle = typeof window.requestIdleCallback === 'function';
  const run = (): void => {
    handle = null;
    task();
  };
  return {
    schedule() {
      if (handle !== null) return;
      handle = idle ? window.requestIdleCallback(run, { timeout: timeoutMs }) : window.setTimeout(run, 50);
    },
    cancel() {
      if (handle === null) return;
      if (idle) window.cancelIdleCallback(handle);
      else window.clearTimeout(handle);
      handle = null;
    },
  };
}
