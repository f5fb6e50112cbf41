/**
 * One walker for every versioned shape (saved state, export file): a
 * document of version n is turned into n + 1 by `migrations[n]`, up to the
 * current version. Migrations receive unchecked input, so they must not
 * throw on odd shapes: validation comes after.
 */
import type { PlainRecord } from './transfer/sanitize';

export type Migrations = Readonly<Record<number, (doc: PlainRecord) => PlainRecord>>;

/** The document at version `current`, or null when it cannot get there (newer, not an integer, no migration). */
export function migrate(doc: PlainRecord, version: unknown, current: number, migrations: Migrations): PlainRecord | null {
  if (typeof version !== 'number' || !Number.isInteger(version) || version > current) return null;
  let out = doc;
  for (let v = version; v < current; v += 1) {
    const step = Object.prototype.hasOwnProperty.call(migrations, v) ? migrations[v] : undefined;
    if (step === undefined) return null;
    out = step(out);
  }
  return out;
}
