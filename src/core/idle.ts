/**
 * Runs `task` when the browser is idle, and within `timeoutMs` at the latest; where there is no
 * `requestIdleCallback` (Safari), shortly after.
 */
export function whenIdle(task: () => void, timeoutMs = 2000): void {
  if ('requestIdleCallback' in window) requestIdleCallback(() => task(), { timeout: timeoutMs });
  else setTimeout(task, 200);
}
