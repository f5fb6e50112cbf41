/**
 * Safe reading of records from outside (saved state, export file, share
 * link): what JSON.parse built is read by own keys only, and copies have no
 * prototype. The answer rules applied to them live in `../answers.ts`.
 */
export type PlainRecord = Readonly<Record<string, unknown>>;

/** A non-array object, as JSON.parse builds it. */
export function isRecord(value: unknown): value is PlainRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads only own keys, so `constructor` or `__proto__` never reach a prototype. */
export function own(record: PlainRecord, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/**
 * A prototype-free copy: whatever the keys, writing or reading them cannot
 * reach Object.prototype, and `'toString' in answers` is false.
 */
export function nullProto<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  for (const [k, v] of entries) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}
