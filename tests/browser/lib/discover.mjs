// Finding, loading and filtering the browser test files (tests/browser/**/*.test.mjs).

import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export async function findTestFiles(dir) {
  const out = [];
  for (const ent of await readdir(dir, { withFileTypes: true })) {
    if (ent.name === 'node_modules' || ent.name.startsWith('.')) continue;
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) out.push(...(await findTestFiles(p)));
    else if (ent.isFile() && ent.name.endsWith('.test.mjs')) out.push(p);
  }
  return out.sort();
}

/** Load a test file: `export const tests = [...]` and/or `export default (test) => { test(name, fn) }`. */
export async function loadTests(file) {
  const mod = await import(pathToFileURL(file).href);
  const tests = [];
  const add = (t, source) => {
    if (!t || typeof t.name !== 'string' || typeof t.fn !== 'function') {
      throw new Error(`${source}: each test needs { name: string, fn: async function }`);
    }
    tests.push(t);
  };
  if (Array.isArray(mod.tests)) mod.tests.forEach((t) => add(t, 'export tests'));
  if (typeof mod.default === 'function') {
    const test = (name, fn, opts = {}) => add({ name, fn, ...opts }, 'default export');
    await mod.default(test);
  }
  if (!Array.isArray(mod.tests) && typeof mod.default !== 'function') {
    throw new Error('no tests exported (export const tests = [...] or a default function)');
  }
  return tests;
}

/** Thrown by selectTests when a file cannot be loaded: `file` is relative, `cause` the original error. */
export class TestLoadError extends Error {
  constructor(file, cause) {
    super(`${file}: failed to load`);
    this.file = file;
    this.cause = cause;
  }
}

/**
 * Every test under `dir` whose file path (relative to `dir`) or name contains one of
 * the lower-case `filters` (all tests when there is none), each with its `file`.
 * Every file is loaded, since filters also match test names (and a broken file then fails the run).
 */
export async function selectTests(dir, filters) {
  const selected = [];
  for (const file of await findTestFiles(dir)) {
    const rel = path.relative(dir, file);
    let tests;
    try {
      tests = await loadTests(file);
    } catch (err) {
      throw new TestLoadError(rel, err);
    }
    for (const t of tests) {
      const hay = `${rel} ${t.name}`.toLowerCase();
      if (!filters.length || filters.some((f) => hay.includes(f))) selected.push({ ...t, file: rel });
    }
  }
  return selected;
}
