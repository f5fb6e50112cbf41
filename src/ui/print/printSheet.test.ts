// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PRINT_ATTRIBUTE, printSheet } from './printSheet';

const HOST_TITLE = 'Espace partenaire';
const sheet = (text: string) => (container: HTMLElement) => {
  container.textContent = text;
  return () => (container.textContent = '');
};
const leftovers = () => ({
  sheets: document.querySelectorAll(`[${PRINT_ATTRIBUTE}]`).length,
  styles: document.head.querySelectorAll('style').length,
  title: document.title,
});

beforeEach(() => {
  document.title = HOST_TITLE;
  vi.spyOn(window, 'print').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  window.dispatchEvent(new Event('afterprint'));
});

describe('print sessions', () => {
  it('afterprint never comes: the next pointer event on the page removes the sheet, its styles and the title', () => {
    printSheet(sheet('Atelier du Nord'), null, 'Diagnostic – Atelier du Nord');
    expect(leftovers()).toEqual({ sheets: 1, styles: 1, title: 'Diagnostic – Atelier du Nord' });
    window.dispatchEvent(new Event('pointerdown'));
    expect(leftovers()).toEqual({ sheets: 0, styles: 0, title: HOST_TITLE });
  });

  it('two prints before one afterprint: one sheet at a time, and the host’s title comes back', () => {
    printSheet(sheet('one'), null, 'Diagnostic – 1');
    printSheet(sheet('two'), null, 'Diagnostic – 2');
    expect(leftovers()).toEqual({ sheets: 1, styles: 1, title: 'Diagnostic – 2' });
    window.dispatchEvent(new Event('afterprint'));
    expect(leftovers()).toEqual({ sheets: 0, styles: 0, title: HOST_TITLE });
  });

  it('the printed sheet carries its own language, not the page’s', () => {
    document.documentElement.lang = 'fr';
    printSheet(sheet('Digital self-assessment'), null, '', window, 'en');
    expect(document.querySelector<HTMLElement>(`[${PRINT_ATTRIBUTE}]`)?.lang).toBe('en');
  });
});
