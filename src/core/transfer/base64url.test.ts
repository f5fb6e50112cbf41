import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from './base64url';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('base64url', () => {
  it('matches the RFC 4648 test vectors, without padding', () => {
    const vectors: [string, string][] = [['', ''], ['f', 'Zg'], ['fo', 'Zm8'], ['foo', 'Zm9v'], ['foob', 'Zm9vYg'], ['fooba', 'Zm9vYmE'], ['foobar', 'Zm9vYmFy']];
    for (const [plain, encoded] of vectors) {
      expect(encodeBase64url(text(plain))).toBe(encoded);
      expect(decodeBase64url(encoded)).toEqual(text(plain));
    }
  });

  it('uses the URL-safe characters', () => {
    expect(encodeBase64url(Uint8Array.from([0xfb, 0xff, 0xbf]))).toBe('-_-_');
  });

  it('round-trips every length and byte value', () => {
    for (let n = 0; n < 40; n += 1) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n * 31) & 0xff);
      expect(decodeBase64url(encodeBase64url(bytes))).toEqual(bytes);
    }
  });

  it('refuses foreign characters, impossible lengths and non-zero padding bits', () => {
    expect(decodeBase64url('Zm9v+')).toBeNull();
    expect(decodeBase64url('Zm9v=')).toBeNull();
    expect(decodeBase64url('Zm9vY')).toBeNull();
    // "Zg" is "f"; "Zh" carries the same byte with a padding bit set.
    expect(decodeBase64url('Zh')).toBeNull();
    expect(decodeBase64url('__proto__')).toBeNull();
  });
});
