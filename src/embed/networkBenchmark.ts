/**
 * A network's benchmark file (`benchmark-src`), fetched once per URL. It is
 * checked with the results code, which needs it (`ui/common/withNetwork.ts`).
 */
const fetched = new Map<string, Promise<unknown>>();

/** Resolves to the parsed JSON, or to undefined after one warning. */
export function fetchBenchmark(url: string): Promise<unknown> {
  let pending = fetched.get(url);
  if (!pending) {
    pending = fetch(url, { credentials: 'omit' }).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json() as Promise<unknown>;
    });
    fetched.set(url, pending);
  }
  return pending.catch((error: unknown) => {
    console.warn(`[siae-diagnostic] benchmark-src ${url} unavailable (${String(error)}); showing the study alone.`);
    return undefined;
  });
}
