// `npm run release` on the dist just built: the archive holds the versioned
// folder a partner hosts, integrity.json hashes match the shipped files, and
// every integrity="…" in the shipped guide and demo pages is the hash of the
// script its tag loads. Also: `npm pack` gives a bundler the module and types.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { snippetProblems } from '../../scripts/release/demoSnippets.mjs';
import { release } from '../../scripts/release.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { name, version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
let out;
let folder; // siae-diagnostic/<version>/ as unpacked from the archive itself
let made;

const sha384 = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
const filesUnder = (dir, rel = '') =>
  readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(dir, `${rel}${e.name}/`) : [`${rel}${e.name}`]);
/** Every <script …src=…> tag of a text (markup or Markdown), unescaped. */
const scriptTags = (text) => [...text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)];

before(() => {
  assert.ok(existsSync(path.join(ROOT, 'dist', 'embed.js')), 'dist/embed.js is missing: run `npm run build` first');
  out = mkdtempSync(path.join(tmpdir(), 'siae-release-'));
  made = release({ build: false, outDir: out });
  const unpacked = path.join(out, 'unpacked');
  execFileSync('mkdir', ['-p', unpacked]);
  execFileSync('tar', ['-xzf', made.archive, '-C', unpacked]);
  folder = path.join(unpacked, name, version);
});
after(() => rmSync(out, { recursive: true, force: true }));

test('the archive is named after the version and holds one versioned folder with what a partner hosts', () => {
  assert.equal(path.basename(made.archive), `${name}-${version}.tgz`);
  assert.deepEqual(readdirSync(path.join(out, 'unpacked')), [name]);
  assert.deepEqual(readdirSync(path.join(out, 'unpacked', name)), [version]);
  const files = filesUnder(folder);
  for (const f of ['embed.js', 'results.js', 'team.js', 'frame-host.js', 'index.html', 'integrity.json', 'PARTENAIRES.md', 'CHANGELOG.md', 'LICENSE', 'demo/index.html', 'demo/plain.html', 'demo/iframe.html']) {
    assert.ok(files.includes(f), `${f} is missing from the archive`);
  }
  for (const lng of readdirSync(path.join(ROOT, 'locales')).filter((l) => l !== 'fr')) {
    assert.ok(files.includes(`locales/${lng}.json`), `locales/${lng}.json (fetched by embed.js) is missing`);
  }
  // Everything the standalone page loads is there too.
  const page = readFileSync(path.join(folder, 'index.html'), 'utf8');
  for (const [, ref] of page.matchAll(/(?:src|href)="\.?\/?([^"#?:]+)"/g)) assert.ok(files.includes(ref), `index.html loads ${ref}, not shipped`);
  assert.ok(!files.some((f) => f.startsWith('module/') || f.startsWith('types/')), 'the bundler files are for npm pack, not for hosting');
  assert.match(readFileSync(path.join(folder, 'CHANGELOG.md'), 'utf8'), new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\]`, 'm'));
  assert.match(readFileSync(path.join(folder, 'LICENSE'), 'utf8'), /^MIT License/);
});

test('integrity.json gives the sha384 of every script shipped, and each matches the file', () => {
  const manifest = JSON.parse(readFileSync(path.join(folder, 'integrity.json'), 'utf8'));
  assert.equal(manifest.version, version);
  assert.equal(manifest.algorithm, 'sha384');
  const scripts = filesUnder(folder).filter((f) => f.endsWith('.js')).sort();
  assert.deepEqual(Object.keys(manifest.files).sort(), scripts);
  for (const rel of ['embed.js', 'frame-host.js']) assert.ok(manifest.files[rel], `${rel} has no hash`);
  for (const [rel, sri] of Object.entries(manifest.files)) assert.equal(sri, sha384(path.join(folder, rel)), `${rel}: hash differs from the file`);
});

test('every integrity= in the shipped guide is the hash of the script its snippet loads, with crossorigin', () => {
  const { files } = JSON.parse(readFileSync(path.join(folder, 'integrity.json'), 'utf8'));
  const guide = readFileSync(path.join(folder, 'PARTENAIRES.md'), 'utf8');
  assert.doesNotMatch(guide, /EMPREINTE|X\.Y\.Z|docs-only/, 'a placeholder was left in the shipped guide');
  const ours = scriptTags(guide).filter(([, src]) => src.includes(`/${name}/`));
  assert.ok(ours.length >= 3, `expected the script, mount and iframe snippets, found ${ours.length}`);
  for (const [tag, src] of ours) {
    const rel = src.split(`/${name}/${version}/`)[1];
    assert.ok(rel && files[rel], `${src} does not point to a script of ${version}`);
    assert.ok(tag.includes(`integrity="${files[rel]}"`), `${tag}: integrity is not the hash of ${rel}`);
    assert.ok(tag.includes('crossorigin="anonymous"'), `${tag}: no crossorigin`);
  }
  assert.equal((guide.match(/integrity="/g) ?? []).length, ours.length, 'an integrity= sits outside a snippet of ours');
});

test('the shipped demo pages load their scripts with the right integrity, and still show what they run', () => {
  const { files } = JSON.parse(readFileSync(path.join(folder, 'integrity.json'), 'utf8'));
  const demo = path.join(folder, 'demo');
  let checked = 0;
  for (const page of readdirSync(demo).filter((n) => n.endsWith('.html'))) {
    const html = readFileSync(path.join(demo, page), 'utf8');
    for (const [tag, src] of scriptTags(html)) {
      const sri = files[path.posix.normalize(`demo/${src}`)];
      assert.ok(sri, `${page}: ${src} is not a shipped script`);
      assert.ok(tag.includes(`integrity="${sri}"`) && tag.includes('crossorigin="anonymous"'), `${page}: ${tag}`);
      checked++;
    }
    if (page !== 'index.html') assert.deepEqual(snippetProblems(path.join(demo, page)), [], page);
  }
  assert.ok(checked >= 16, `only ${checked} script tags checked (each runs and is shown)`);
});

test('the release is reproducible: the same dist gives the same archive', () => {
  const again = release({ build: false, outDir: path.join(out, 'again') });
  assert.equal(again.sha256, made.sha256);
  assert.equal(readFileSync(`${made.archive}.sha256`, 'utf8'), `${made.sha256}  ${path.basename(made.archive)}\n`);
});

test('the guide in the repository uses placeholders, not a host that looks real', () => {
  const docs = readFileSync(path.join(ROOT, 'docs', 'partenaires.md'), 'utf8');
  assert.doesNotMatch(docs, /your-host\.example|your-site\.example/);
  assert.match(docs, /sha384-EMPREINTE-EMBED-JS/);
  assert.match(readFileSync(path.join(ROOT, 'README.md'), 'utf8'), /\(docs\/partenaires\.md\)/, 'the README does not link the guide');
});

test('npm pack gives a bundler the ES module and its types, and no test', () => {
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const files = pack.files.map((f) => f.path);
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const targets = [pkg.module, pkg.types, pkg.exports['.'].import, pkg.exports['.'].types, pkg.exports['./embed.js']];
  for (const target of targets) assert.ok(files.includes(target.replace(/^\.\//, '')), `${target} is not in the package`);
  assert.ok(files.some((f) => f.startsWith('dist/types/embed/')), 'the declarations the entry imports are missing');
  assert.ok(files.includes('LICENSE'), 'LICENSE is not in the package');
  const tests = files.filter((f) => f.startsWith('tests/') || /\.test\.|\.spec\./.test(f) || f.startsWith('src/'));
  assert.deepEqual(tests, [], 'tests or sources leak into the package');
});
