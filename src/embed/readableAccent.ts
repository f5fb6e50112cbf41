/**
 * A partner's accent (the `accent` option, or `--sd-accent` set by its CSS)
 * may be a light brand colour such as yellow. Text drawn in the accent, and
 * text drawn on it, must still meet WCAG 2.1 AA: where they would not, this
 * sets `--sd-accent-text` (links, state borders) to the nearest readable shade
 * of the accent and `--sd-accent-contrast` (button text) to the better of
 * white and the text colour; text on `--sd-surface` is checked the same way. Colours that cannot be read as opaque sRGB are
 * left as they are.
 */
import { AA_TEXT, bestTextOn, contrast, parseRgb, readableOn, toCss, type Rgb } from './contrast';

/**
 * The computed sRGB values of custom properties holding colours: the
 * container's style is read once, and one probe element per value turns it
 * (any CSS colour syntax) into rgb(), all probes read after one style pass
 * (one probe changed and read per value would cost a style pass each).
 */
function coloursOf(container: HTMLElement, properties: readonly string[]): (Rgb | null)[] {
  const style = getComputedStyle(container);
  const values = properties.map((property) => style.getPropertyValue(property).trim());
  const probes = values.map((value) => {
    const probe = document.createElement('span');
    if (value) probe.style.color = value;
    return probe;
  });
  container.append(...probes);
  const colours = probes.map((probe, i) => (values[i] ? parseRgb(getComputedStyle(probe).color) : null));
  for (const probe of probes) probe.remove();
  return colours;
}

function check(container: HTMLElement): void {
  const [accent, background, onAccent, text, surface] = coloursOf(container, ['--sd-accent', '--sd-background', '--sd-accent-contrast', '--sd-text', '--sd-surface']);
  if (!accent || !background) return;
  // A partial dark theme (background and text only) leaves light text on the light default surface.
  if (text && surface && contrast(text, surface) < AA_TEXT && contrast(text, background) >= AA_TEXT) container.style.setProperty('--sd-surface', toCss(background));
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
