import { describe, expect, it } from 'vitest';
import { readShareFromHash } from './shareLink';
import { shareAddress } from './shareAddress';

describe('the address a share link is built on', () => {
  it('drops the host page’s query: no session token or e-mail travels with the link', () => {
    expect(shareAddress('https://partenaire.fr/outils/diag?session=SECRET&email=a%40b.fr#top', 'AbC')).toBe('https://partenaire.fr/outils/diag#top&r=AbC');
  });

  it('keeps a hash route, and replaces an older share payload instead of adding a second', () => {
    const link = shareAddress('https://app.fr/#/diagnostic&r=OLD', 'NEW');
    expect(link).toBe('https://app.fr/#/diagnostic&r=NEW');
    expect(readShareFromHash(new URL(link).hash)).toBe('NEW');
  });

  it('uses the address the partner names (share-url), its query included', () => {
    expect(shareAddress('https://intranet.fr/x?token=1', 'P', 'https://partenaire.fr/diagnostic?from=mail')).toBe('https://partenaire.fr/diagnostic?from=mail#r=P');
  });
});
