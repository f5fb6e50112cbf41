import { describe, expect, it } from 'vitest';
import { AA_TEXT, bestTextOn, contrast, parseRgb, readableOn, type Rgb } from './contrast';

const white: Rgb = [255, 255, 255];
const black: Rgb = [0, 0, 0];
const yellow: Rgb = [255, 212, 0];
const defaultAccent: Rgb = [11, 92, 173];

describe('contrast', () => {
  it('gives the WCAG ratios of known pairs', () => {
    expect(contrast(black, white)).toBeCloseTo(21, 5);
    expect(contrast(white, white)).toBe(1);
    // #0b5cad on white: the default accent passes AA for text.
    expect(contrast(defaultAccent, white)).toBeGreaterThan(6.5);
    expect(contrast(yellow, white)).toBeLessThan(1.6);
  });

  it('reads the colours getComputedStyle gives, and refuses the rest', () => {
    expect(parseRgb('rgb(11, 92, 173)')).toEqual([11, 92, 173]);
    expect(parseRgb('rgba(11, 92, 173, 1)')).toEqual([11, 92, 173]);
    expect(parseRgb('rgb(11 92 173 / 100%)')).toEqual([11, 92, 173]);
    expect(parseRgb('rgba(11, 92, 173, 0.5)')).toBeNull();
    expect(parseRgb('oklch(0.7 0.1 200)')).toBeNull();
    expect(parseRgb('')).toBeNull();
  });
});

describe('readableOn', () => {
  it('keeps an accent that already reads', () => {
    expect(readableOn(defaultAccent, white)).toEqual(defaultAccent);
  });

  it.each([
    ['yellow on white', yellow, white],
    ['pale turquoise on white', [127, 255, 212] as Rgb, white],
    ['navy on a dark background', [20, 30, 90] as Rgb, [18, 18, 18] as Rgb],
  ])('finds a shade of %s that reaches AA', (_name, colour, background) => {
    const shade = readableOn(colour, background);
    expect(contrast(shade, background)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(shade).not.toEqual(colour);
  });

  it('darkens on light backgrounds and lightens on dark ones', () => {
    const onWhite = readableOn(yellow, white);
    expect(onWhite.every((c, i) => c <= yellow[i]!)).toBe(true);
    const onBlack = readableOn([20, 30, 90], black);
    expect(onBlack.every((c, i) => c >= [20, 30, 90][i]!)).toBe(true);
  });
});

describe('bestTextOn', () => {
  it('puts dark text on yellow and white text on the default accent', () => {
    const dark: Rgb = [30, 30, 36];
    expect(bestTextOn(yellow, [white, dark])).toEqual(dark);
    expect(bestTextOn(defaultAccent, [white, dark])).toEqual(white);
  });
});
