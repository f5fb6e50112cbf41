/**
 * What a partner's TypeScript sees when it imports the package by name
 * (resolved through package.json "exports" → dist/types). Checked after the
 * build by `tsc -p tests/types` (part of `npm test`); the @ts-expect-error
 * lines fail the check if the types stop catching those mistakes.
 */
import { defineElement, ELEMENT_NAME, mount, registerBundle, type Bundle, type MountHandle, type MountOptions } from 'siae-diagnostic';

const options: MountOptions = {
  lang: 'en',
  storage: 'session',
  storageKey: 'network-diagnostic',
  accent: '#ffd400',
  resources: [{ id: 'franceNum', name: 'Notre réseau', url: 'https://example.org' }],
  texts: { fr: { 'welcome.title': 'Le diagnostic du réseau' } },
};
const handle: MountHandle = mount(document.createElement('div'), options);
handle.unmount();
defineElement();
const name: string = ELEMENT_NAME;

declare const english: Bundle;
registerBundle('en', english);

// @ts-expect-error storage is "local", "session" or "none"
mount(document.body, { storage: 'cloud' });
// @ts-expect-error only the welcome title and intro and the sheet's contact line can be replaced
mount(document.body, { texts: { fr: { 'results.title': 'x' } } });
// @ts-expect-error mount needs an element
mount('#diagnostic');

export { name };
