/** The README's iframe section quotes what the widget really says when it has no storage. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ui from '../../locales/fr/ui.json';

describe('README, iframe section', () => {
  it('says a cross-site frame may get no storage and quotes the widget’s message word for word', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('### As an iframe'), readme.indexOf('### Options and attributes'));
    expect(section).toMatch(/cross-site frame/);
    expect(section.replace(/\s+/g, ' ')).toContain(ui.storage.unavailable);
  });
});
