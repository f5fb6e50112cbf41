import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount } from './mount';

afterEach(() => {
  document.body.innerHTML = '';
  localStorage.clear();
});

describe('mount', () => {
  it('never throws at a partner who passes no element', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const handle = mount(null as unknown as HTMLElement);
    expect(() => handle.unmount()).not.toThrow();
    expect(warn).toHaveBeenCalledOnce();
  });

  it('renders with defaults when options are not an object (French if the browser language cannot load)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = document.createElement('div');
    document.body.append(el);
    mount(el, null as unknown as object);
    // jsdom's browser language is English, whose file cannot be fetched here: French takes over.
    await vi.waitFor(() => expect(el.shadowRoot?.querySelector('h2')?.textContent).toMatch(/numérique/));
    warn.mockRestore();
  });

  it('mounting twice on one element keeps a single widget', () => {
    const el = document.createElement('div');
    document.body.append(el);
    mount(el, { lang: 'fr' });
    const second = mount(el, { lang: 'fr' });
    expect(el.shadowRoot?.querySelectorAll('.sd-host')).toHaveLength(1);
    second.unmount();
    expect(el.shadowRoot?.querySelectorAll('.sd-host')).toHaveLength(0);
  });

  it('still renders next to an element that cannot host a shadow root', () => {
    const input = document.createElement('input');
    document.body.append(input);
    const handle = mount(input, { lang: 'fr' });
    const wrapper = input.nextElementSibling;
    expect(wrapper?.shadowRoot?.querySelector('h2')?.textContent).toMatch(/numérique/);
    handle.unmount();
    expect(input.nextElementSibling).toBeNull();
  });
});
