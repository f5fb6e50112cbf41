/**
 * Colour contrast as WCAG 2.1 defines it (relative luminance, contrast ratio:
 * https://www.w3.org/TR/WCAG21/#dfn-relative-luminance), so a partner's accent
 * colour never makes text unreadable. Pure: colours come in as the `rgb()` /
 * `rgba()` strings that `getComputedStyle` gives.
 */
export type Rgb = readonly [number, number, number];

/** WCAG 2.1 AA, 1.4.3: normal text. */
export const AA_TEXT = 4.5;

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];

/** "rgb(11, 92, 173)" or "rgba(11, 92, 173, 1)" → [11, 92, 173]; anything else (other colour spaces, transparency) → null. */
export function parseRgb(css: string): Rgb | null {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)\s*(?:[,/]\s*([\d.]+%?)\s*)?\)$/.exec(css.trim());
  if (!m) return null;
  if (m[4] !== undefined && m[4] !== '1' && m[4] !== '100%') return null;
  const rgb = [Number(m[1]), Number(m[2]), Number(m[3])] as const;
  return rgb.every((c) => c >= 0 && c <= 255) ? rgb : null;
}

export function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const mix = (from: Rgb, to: Rgb, t: number): Rgb => from.map((c, i) => Math.round(c + (to[i]! - c) * t)) as unknown as Rgb;

/**
 * The colour itself when it reads on `background`; otherwise the closest
 * shade of it (mixed towards black, or white on a dark background) that does.
 */
export function readableOn(colour: Rgb, background: Rgb, ratio = AA_TEXT): Rgb {
  if (contrast(colour, background) >= ratio) return colour;
  const target = contrast(BLACK, background) >= contrast(WHITE, background) ? BLACK : WHITE;
  for (let step = 1; step <= 20; step++) {
    const shade = mix(colour, target, step / 20);
    if (contrast(shade, background) >= ratio) return shade;
  }
  return target;
}

/** Of the given text colours, the one that contrasts most with `background`. */
export function bestTextOn(background: Rgb, candidates: readonly Rgb[]): Rgb {
  return candidates.reduce((best, c) => (contrast(c, background) > contrast(best, background) ? c : best));
}

export const toCss = ([r, g, b]: Rgb): string => `rgb(${r}, ${g}, ${b})`;
