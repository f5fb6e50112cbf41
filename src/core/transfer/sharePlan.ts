/**
 * The action plan inside a share link, written only when the user asks for
 * it (it holds names): [entries: 6 bits] then per entry its id (ASCII),
 * status, target month and the owner and note as UTF-8. Read back through
 * parsePlan, so a forged link gets the same cleaning as a file.
 */
import { MAX_PLAN_ENTRIES, parsePlan, PLAN_STATUSES, type Plan } from '../plan';
import type { BitReader, BitWriter } from './bits';

const MONTH_EPOCH = 2020;
const utf8 = new TextEncoder();

function writeBytes(w: BitWriter, text: string, lengthBits: number): void {
  const bytes = utf8.encode(text).subarray(0, 2 ** lengthBits - 1);
  w.write(bytes.length, lengthBits);
  for (const b of bytes) w.write(b, 8);
}

function readBytes(r: BitReader, lengthBits: number): string | null {
  const length = r.read(lengthBits);
  if (length === null) return null;
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i += 1) {
    const b = r.read(8);
    if (b === null) return null;
    bytes[i] = b;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function writePlan(w: BitWriter, plan: Plan): void {
  const entries = plan.slice(0, MAX_PLAN_ENTRIES);
  w.write(entries.length, 6);
  for (const e of entries) {
    writeBytes(w, e.id, 6);
    w.write(PLAN_STATUSES.indexOf(e.status), 2);
    const m = /^(\d{4})-(\d{2})$/.exec(e.target);
    w.write(m ? 1 : 0, 1);
    if (m) w.write((Number(m[1]) - MONTH_EPOCH) * 12 + Number(m[2]) - 1, 10);
    writeBytes(w, e.owner, 8);
    writeBytes(w, e.note, 10);
  }
}

/** Null when the bits do not hold a plan section. */
export function readPlan(r: BitReader): Plan | null {
  const count = r.read(6);
  if (count === null || count > MAX_PLAN_ENTRIES) return null;
  const raw: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = readBytes(r, 6);
    const status = r.read(2);
    const hasTarget = r.read(1);
    const month = hasTarget === 1 ? r.read(10) : -1;
    const owner = readBytes(r, 8);
    const note = readBytes(r, 10);
    if (id === null || status === null || month === null || owner === null || note === null) return null;
    const target = month < 0 ? '' : `${MONTH_EPOCH + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
    raw.push({ id, status: PLAN_STATUSES[status], target, owner, note });
  }
  return parsePlan(raw).plan ?? [];
}
