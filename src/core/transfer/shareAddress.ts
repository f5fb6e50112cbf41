/**
 * The address a share link is built on. Never the page's full address: its
 * query may carry a session token or an e-mail (`?session=…&email=…`), which
 * would travel with the link. Origin and path only, the rest of the fragment
 * kept (hash-routed apps: `#/diagnostic`), or the address the partner names.
 */
import { SHARE_PARAM, shareFragment } from './shareLink';

/** `href` is the page's address, `shareUrl` the partner's (already checked), if any. */
export function shareAddress(href: string, payload: string, shareUrl: string | null = null): string {
  const from = shareUrl ?? href;
  const hashAt = from.indexOf('#');
  const base = (hashAt < 0 ? from : from.slice(0, hashAt)).split('?')[0] ?? '';
  const keptQuery = shareUrl !== null ? (/\?[^#]*/.exec(from)?.[0] ?? '') : '';
  const rest = (hashAt < 0 ? '' : from.slice(hashAt + 1)).split('&').filter((part) => part !== '' && !part.startsWith(`${SHARE_PARAM}=`));
  const fragment = shareFragment(payload);
  return base + keptQuery + (rest.length > 0 ? `#${rest.join('&')}&${fragment.slice(1)}` : fragment);
}
