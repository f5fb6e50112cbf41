/**
 * A partner's accent (the `accent` option, or `--sd-accent` set by its CSS)
 * may be a light brand colour such as yellow. Text drawn in the accent, and
 * text drawn on it, must still meet WCAG 2.1 AA: where they would not, this
 * sets `--sd-accent-text` (links, state borders) to the nearest readable shade
 * of the accent and `--sd-accent-contrast` (button text) to the better of
 * white and the text colour. Colours that cannot be read as opaque sRGB are
 * left as they are.
 */
import { AA_TEXT, bestTextOn, contrast, parseRgb, readableOn, toCss, type Rgb } from './contrast';

/** The computed sRGB value of a custom property holding a colour, read through a probe element. */
function colourOf(container: HTMLElement, property: string): Rgb | null {
  const value = getComputedStyle(container).getPropertyValue(property).trim();
  if (!value) return null;
  const probe = document.createElement('span');
  probe.style.color = value;
  container.append(probe);
  const rgb = parseRgb(getComputedStyle(probe).color);
  probe.remove();
  return rgb;
}

function check(container: HTMLElement): void {
  const accent = colourOf(container, '--sd-accent');
  const background = colourOf(container, '--sd-background');
  const onAccent = colourOf(container, '--sd-accent-contrast');
  const text = colourOf(container, '--sd-text');
  if (!accent || !background) return;
  if (contrast(accent, background) < AA_TEXT) container.style.setProperty('--sd-accent-text', toCss(readableOn(accent, background)));
  if (onAccent && contrast(onAccent, accent) < AA_TEXT) {
    container.style.setProperty('--sd-accent-contrast', toCss(bestTextOn(accent, [onAccent, [255, 255, 255], text ?? [0, 0, 0]])));
  }
}

/** Checks now, or, for a widget mounted on an element not yet in the page, at the next frame. */
export function keepAccentReadable(container: HTMLElement): void {
  if (container.isConnected) check(container);
  else if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => container.isConnected && check(container));
}
