/**
 * src/core must run anywhere (Node tests, a worker, a partner's server): no
 * UI framework, no store, no i18n, no browser globals. Comments are ignored
 * so that prose such as "an export document" does not count as DOM use.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CORE = fileURLToPath(new URL('../../src/core', import.meta.url));
const FORBIDDEN_MODULES = /^(preact|@preact\/.*|react|react-dom|zustand|i18next|react-i18next)(\/.*)?$/;
const FORBIDDEN_GLOBALS = /\b(document|window|localStorage|sessionStorage)\b/g;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/**
 * Splits source into code with comments removed (`withStrings`) and code
 * with string contents blanked too (`codeOnly`). A small scanner rather than
 * regexes, so a "//" inside a URL string is not taken for a comment.
 */
function strip(source: string): { withStrings: string; codeOnly: string } {
  let withStrings = '';
  let codeOnly = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end === -1 ? source.length : end + 2;
      withStrings += ' ';
      codeOnly += ' ';
    } else if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < source.length && source[j] !== c) j += source[j] === '\\' ? 2 : 1;
      const literal = source.slice(i, j + 1);
      withStrings += literal;
      codeOnly += c + ' '.repeat(Math.max(0, literal.length - 2)) + c;
      i = j + 1;
    } else {
      withStrings += c;
      codeOnly += c;
      i++;
    }
  }
  return { withStrings, codeOnly };
}

function impurities(source: string): string[] {
  const { withStrings, codeOnly } = strip(source);
  const found: string[] = [];
  const specifiers = /(?:\bfrom|\bimport|\brequire)\s*\(?\s*['"]([^'"]+)['"]/g;
  for (const m of withStrings.matchAll(specifiers)) {
    if (FORBIDDEN_MODULES.test(m[1] as string)) found.push(`imports ${m[1]}`);
  }
  for (const m of codeOnly.matchAll(FORBIDDEN_GLOBALS)) found.push(`uses ${m[1]}`);
  return found;
}

describe('the purity check itself', () => {
  it.each([
    ["import { h } from 'preact';", 'imports preact'],
    ["import { useState } from 'preact/hooks';", 'imports preact/hooks'],
    ['import { create } from "zustand";', 'imports zustand'],
    ["const i18n = await import('i18next');", 'imports i18next'],
    ["import 'preact/debug';", 'imports preact/debug'],
    ['const el = document.createElement("div");', 'uses document'],
    ["if (typeof window !== 'undefined') {}", 'uses window'],
    ["localStorage.setItem('k', 'v');", 'uses localStorage'],
  ])('flags %s', (source, problem) => {
    expect(impurities(source)).toContain(problem);
  });
  it.each([
    ['/** Builds an export document for the window of time. */ const x = 1;'],
    ['// the document and the window, in prose\nconst x = 1;'],
    ["const label = 'document, window, localStorage';"],
    ["const url = 'https://example.org'; // document"],
    ["import { x } from './preactHelpers';"],
  ])('lets %s through', (source) => {
    expect(impurities(source)).toEqual([]);
  });
});

describe('src/core', () => {
  const files = filesUnder(CORE).filter((f) => /\.(ts|tsx|js|mjs)$/.test(f));

  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });
  it.each(files.map((f) => [relative(CORE, f), f]))('%s uses no UI, store, i18n or browser global', (_name, file) => {
    expect(impurities(readFileSync(file, 'utf8'))).toEqual([]);
  });
});
