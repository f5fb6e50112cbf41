/**
 * Short free texts inside a link (a first name, a structure name): their
 * UTF-8 bytes behind a byte count. Decoding refuses invalid UTF-8 rather than
 * showing replacement characters, and normalizes like every typed name.
 */
import type { BitReader, BitWriter } from './bits';

/** Trimmed, control characters turned into spaces (it is printed), at most `max` characters. */
export function normalizeName(name: string, max: number): string | undefined {
  const clean = Array.from(name.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim()).slice(0, max).join('').trim();
  return clean === '' ? undefined : clean;
}

/** Writes at most `2^lengthBits − 1` bytes, cut on a character boundary. */
export function writeText(w: BitWriter, text: string, lengthBits: number): void {
  const limit = 2 ** lengthBits - 1;
  let bytes = new TextEncoder().encode(text);
  let chars = Array.from(text);
  while (bytes.length > limit) {
    chars = chars.slice(0, -1);
    bytes = new TextEncoder().encode(chars.join(''));
  }
  w.write(bytes.length, lengthBits);
  for (const b of bytes) w.write(b, 8);
}

/** Null when the bits run out; `bad` when the bytes are not UTF-8 (an edited link). */
export function readText(r: BitReader, lengthBits: number): { readonly text: string; readonly bad: boolean } | null {
  const length = r.read(lengthBits);
  if (length === null) return null;
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i += 1) {
    const b = r.read(8);
    if (b === null) return null;
    bytes[i] = b;
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), bad: false };
  } catch {
    return { text: '', bad: true };
  }
}
