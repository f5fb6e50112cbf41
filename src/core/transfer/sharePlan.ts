/**
 * The action plan inside a share link, written only when the user asks for
 * it (it holds names): [entries: 6 bits] then per entry its id (ASCII),
 * status, target month and the owner and note as UTF-8. Read back through
 * parsePlan, so a forged link gets the same cleaning as a file.
 */
import { MAX_PLAN_ENTRIES, parsePlan, PLAN_STATUSES, type Plan } from '../plan';
import type { BitReader, BitWriter } from './bits';
import { readText, writeText } from './textBits';

const MONTH_EPOCH = 2020;
/** UTF-8 text behind a byte count (textBits), null when the bits run out or the bytes are not UTF-8. */
function readBytes(r: BitReader, lengthBits: number): string | null {
  const read = readText(r, lengthBits);
  return read === null || read.bad ? null : read.text;
}

export function writePlan(w: BitWriter, plan: Plan): void {
  const entries = plan.slice(0, MAX_PLAN_ENTRIES);
  w.write(entries.length, 6);
  for (const e of entries) {
    writeText(w, e.id, 6);
    w.write(PLAN_STATUSES.indexOf(e.status), 2);
    const m = /^(\d{4})-(\d{2})$/.exec(e.target);
    w.write(m ? 1 : 0, 1);
    if (m) w.write((Number(m[1]) - MONTH_EPOCH) * 12 + Number(m[2]) - 1, 10);
    writeText(w, e.owner, 8);
    writeText(w, e.note, 10);
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
