/**
 * Bit packing and hashing for the share link: each answer takes only the
 * bits its question needs, so a whole diagnostic fits in a short fragment.
 */

/** Bits needed to write any integer in 0…count−1. */
export function widthFor(count: number): number {
  return count <= 1 ? 0 : Math.ceil(Math.log2(count));
}

export class BitWriter {
  private readonly bytes: number[] = [];
  private bitLength = 0;

  write(value: number, width: number): void {
    for (let i = width - 1; i >= 0; i -= 1) {
      const index = this.bitLength >> 3;
      if (index === this.bytes.length) this.bytes.push(0);
      if ((value >>> i) & 1) this.bytes[index] = (this.bytes[index] ?? 0) | (0x80 >> (this.bitLength & 7));
      this.bitLength += 1;
    }
  }

  toBytes(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

export class BitReader {
  private position = 0;

  constructor(private readonly bytes: Uint8Array) {}

  /** Null once the bytes run out, so a short payload is reported, not misread. */
  read(width: number): number | null {
    let value = 0;
    for (let i = 0; i < width; i += 1) {
      const byte = this.bytes[this.position >> 3];
      if (byte === undefined) return null;
      value = value * 2 + ((byte >> (7 - (this.position & 7))) & 1);
      this.position += 1;
    }
    return value;
  }

  /** Bytes touched so far; the payload must end exactly there. */
  get bytesUsed(): number {
    return Math.ceil(this.position / 8);
  }
}

/** 32-bit FNV-1a: tiny, no tables, good enough to catch typos and edits. */
export function fnv1a(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h;
}

/** 24 bits: one wrong character in a link slips through once in 16 million. */
export function checksum24(bytes: Uint8Array): number {
  const h = fnv1a(bytes);
  return ((h >>> 24) ^ h) & 0xffffff;
}
