// `npm run release`: builds, then writes release/siae-diagnostic-<version>.tgz
// holding siae-diagnostic/<version>/, the folder a partner hosts as is:
// embed.js and the wording it fetches, frame-host.js, the standalone page,
// the demo pages (with SRI on their scripts), CHANGELOG.md, LICENSE,
// integrity.json and PARTENAIRES.md (the guide with this version's hashes).
// A versioned folder means an update never changes a partner's page silently.
//   node scripts/release.mjs [--no-build] [--out <dir>]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { fillGuide } from './release/guide.mjs';
import { integrityOf, withIntegrity } from './release/integrity.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** What a bundler installs, not what a partner hosts (it comes with `npm pack`). */
const NOT_HOSTED = new Set(['module', 'types']);

function run(command, args, options = {}) {
  const res = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (res.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${res.error?.message ?? `exit ${res.status}`})`);
  return res;
}

export function release({ build = true, outDir = path.join(ROOT, 'release') } = {}) {
  const { name, version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  if (build) run('npm', ['run', 'build']);
  const dist = path.join(ROOT, 'dist');
  if (!existsSync(path.join(dist, 'embed.js'))) throw new Error('dist/embed.js is missing: run `npm run build` first');

  // Unpacked beside the archive too (release/siae-diagnostic/<version>/), for partners who copy a folder.
  const folder = path.join(outDir, name, version);
  rmSync(path.join(outDir, name), { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const entry of readdirSync(dist)) {
    if (!NOT_HOSTED.has(entry)) cpSync(path.join(dist, entry), path.join(folder, entry), { recursive: true });
  }
  cpSync(path.join(ROOT, 'CHANGELOG.md'), path.join(folder, 'CHANGELOG.md'));
  cpSync(path.join(ROOT, 'LICENSE'), path.join(folder, 'LICENSE'));

  // Scripts are hashed as shipped; only HTML is touched afterwards.
  const hashes = integrityOf(folder);
  const demo = path.join(folder, 'demo');
  for (const page of existsSync(demo) ? readdirSync(demo).filter((n) => n.endsWith('.html')) : []) {
    const file = path.join(demo, page);
    writeFileSync(file, withIntegrity(readFileSync(file, 'utf8'), 'demo', hashes));
  }
  writeFileSync(path.join(folder, 'integrity.json'), `${JSON.stringify({ name, version, algorithm: 'sha384', files: hashes }, null, 2)}\n`);
  const guide = readFileSync(path.join(ROOT, 'docs', 'partenaires.md'), 'utf8');
  writeFileSync(path.join(folder, 'PARTENAIRES.md'), fillGuide(guide, version, hashes));

  // GNU tar with fixed order, dates and owners, and gzip without a timestamp:
  // the same dist gives the same archive.
  const tar = run('tar', ['--sort=name', '--mtime=@0', '--owner=0', '--group=0', '--numeric-owner', '-cf', '-', '-C', outDir, name], {
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 256 * 1024 * 1024,
  });
  const archive = path.join(outDir, `${name}-${version}.tgz`);
  const bytes = gzipSync(tar.stdout, { level: 9 });
  writeFileSync(archive, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  writeFileSync(`${archive}.sha256`, `${sha256}  ${path.basename(archive)}\n`);
  return { archive, folder, version, hashes, sha256 };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const out = args.indexOf('--out');
  try {
    const res = release({ build: !args.includes('--no-build'), outDir: out >= 0 ? path.resolve(args[out + 1]) : undefined });
    console.log(`${path.relative(process.cwd(), res.archive)} (sha256 ${res.sha256})`);
    for (const [rel, sri] of Object.entries(res.hashes)) console.log(`  ${rel}  ${sri}`);
    console.log(`  unpacked in ${path.relative(process.cwd(), res.folder)}`);
  } catch (error) {
    console.error(`release: ${error.message}`);
    process.exit(1);
  }
}
