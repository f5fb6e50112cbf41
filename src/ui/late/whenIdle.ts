/**
 * Runs `task` once the browser is idle, at the latest after `timeout` ms (after 1 s where there is
 * no `requestIdleCallback`, as in Safari); returns how to cancel it. Late work goes through it in
 * tasks of its own, so none lengthens a task the user may be waiting on.
 */
export function whenIdle(task: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => task(), { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, Math.min(timeout, 1000));
  return () => clearTimeout(id);
}
