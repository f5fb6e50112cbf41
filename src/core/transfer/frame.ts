/**
 * The envelope every link payload shares (share, reply, invitation): the
 * body's bytes followed by a 24-bit checksum, in base64url. Opening it tells
 * a damaged payload from an intact one before any field is read.
 */
import { decodeBase64url, encodeBase64url } from './base64url';
import { checksum24 } from './bits';

export type FrameError = 'tooLong' | 'malformed' | 'checksum';

export function sealFrame(body: Uint8Array): string {
  const sum = checksum24(body);
  return encodeBase64url(Uint8Array.from([...body, sum >>> 16, (sum >>> 8) & 0xff, sum & 0xff]));
}

/** The body, or why not: checked on length first, so a 10 MB paste costs nothing. */
export function openFrame(payload: unknown, maxChars: number): { readonly body: Uint8Array } | { readonly error: FrameError } {
  if (typeof payload !== 'string' || payload.length > maxChars) return { error: 'tooLong' };
  const bytes = decodeBase64url(payload);
  // The smallest frame any version can have: its version byte and the checksum.
  if (bytes === null || bytes.length < 4) return { error: 'malformed' };
  const body = bytes.subarray(0, bytes.length - 3);
  const sum = ((bytes[bytes.length - 3] ?? 0) << 16) | ((bytes[bytes.length - 2] ?? 0) << 8) | (bytes[bytes.length - 1] ?? 0);
  return checksum24(body) === sum ? { body } : { error: 'checksum' };
}

/**
 * The payload under `param` in a location hash such as `#r=…` or
 * `#lang=fr&r=…`, or null. Stops at the first character outside base64url,
 * so a `.` or `)` that a mail client glued to the link does not spoil it.
 */
export function readHashParam(hash: string, param: string): string | null {
  const prefix = `${param}=`;
  for (const part of hash.replace(/^#/, '').split('&')) {
    if (!part.startsWith(prefix)) continue;
    const payload = /^[A-Za-z0-9_-]*/.exec(part.slice(prefix.length))?.[0] ?? '';
    return payload === '' ? null : payload;
  }
  return null;
}
