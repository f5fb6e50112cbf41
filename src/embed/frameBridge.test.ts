import { describe, expect, it } from 'vitest';
import { parentOrigin } from './frameBridge';

describe('parentOrigin', () => {
  it('prefers the ?origin= parameter, reduced to an origin', () => {
    expect(parentOrigin('?frame=a&origin=https://partner.example/page?x=1', 'https://other.example/')).toBe('https://partner.example');
  });

  it('falls back to the referrer origin', () => {
    expect(parentOrigin('?frame=a', 'https://partner.example/diagnostic/')).toBe('https://partner.example');
  });

  it('uses "*" only when nothing tells the parent (the message carries a height only)', () => {
    expect(parentOrigin('?origin=not a url', '')).toBe('*');
    expect(parentOrigin('', 'about:blank')).toBe('*');
  });
});
