/**
 * The team section of a reply link (share link version 2) and of an
 * invitation: a random 48-bit team id, written as 8 base64url characters,
 * and the optional first name a colleague typed.
 */
import { decodeBase64url, encodeBase64url } from './base64url';
import type { BitReader, BitWriter } from './bits';
import { normalizeName, readText, writeText } from './textBits';

const TEAM_ID_BYTES = 6;
export const MAX_FIRST_NAME = 40;
/** A first name of 40 characters is at most 160 bytes of UTF-8. */
export const FIRST_NAME_BITS = 8;

export interface ShareTeam {
  readonly id: string;
  readonly firstName?: string;
}

export function isTeamId(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{8}$/.test(value) && decodeBase64url(value) !== null;
}

/** A team id from random bytes (the caller draws them: the core has no randomness of its own). */
export function teamIdFromBytes(bytes: Uint8Array): string {
  if (bytes.length < TEAM_ID_BYTES) throw new RangeError(`a team id needs ${TEAM_ID_BYTES} random bytes`);
  return encodeBase64url(bytes.subarray(0, TEAM_ID_BYTES));
}

export function writeTeamId(w: BitWriter, id: string): void {
  const bytes = decodeBase64url(id);
  if (!isTeamId(id) || bytes === null) throw new TypeError('not a team id');
  for (const b of bytes) w.write(b, 8);
}

export function readTeamId(r: BitReader): string | null {
  const bytes = new Uint8Array(TEAM_ID_BYTES);
  for (let i = 0; i < TEAM_ID_BYTES; i += 1) {
    const b = r.read(8);
    if (b === null) return null;
    bytes[i] = b;
  }
  return encodeBase64url(bytes);
}

export function normalizeFirstName(name: string): string | undefined {
  return normalizeName(name, MAX_FIRST_NAME);
}

/** Null when the bits run out; a first name that is not clean UTF-8 is dropped. */
export function readFirstName(r: BitReader): { readonly firstName: string | undefined; readonly bad: boolean } | null {
  const read = readText(r, FIRST_NAME_BITS);
  if (read === null) return null;
  const firstName = read.bad ? undefined : normalizeFirstName(read.text);
  return { firstName, bad: read.bad || (read.text !== '' && firstName !== read.text) };
}

export function writeFirstName(w: BitWriter, name: string): void {
  writeText(w, normalizeFirstName(name) ?? '', FIRST_NAME_BITS);
}
