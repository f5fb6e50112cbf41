// PDF checks through poppler-utils (pdftotext / pdfinfo), which read files, not buffers.

import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const execFileP = promisify(execFile);

async function withTempPdf(buffer, fn) {
  const dir = await mkdtemp(path.join(tmpdir(), 'siae-pdf-'));
  const file = path.join(dir, 'doc.pdf');
  try {
    await writeFile(file, buffer);
    return await fn(file);
  } catch (err) {
    // ENOENT on a path outside our temp dir means the poppler binary itself is missing.
    if (err.code === 'ENOENT' && err.path && !err.path.includes(dir)) {
      throw new Error(`${err.path} not found — install poppler-utils (apt-get install -y poppler-utils)`);
    }
    throw err;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function pdftotext(buffer, mode) {
  return withTempPdf(buffer, async (file) => {
    const { stdout } = await execFileP('pdftotext', [mode, '-enc', 'UTF-8', file, '-'], {
      maxBuffer: 64 * 1024 * 1024,
    });
    // NFKC: Firefox's PDFs set "fi"/"fl" as ligature glyphs (ﬁ, ﬂ), which read back as one character.
    return stdout.normalize('NFKC');
  });
}

/** Text of a PDF (Buffer/Uint8Array) via `pdftotext -layout`. Pages are separated by "\f". */
export function pdfText(buffer) {
  return pdftotext(buffer, '-layout');
}

/**
 * Text of a PDF in content order (`pdftotext -raw`): a table cell wrapped over two
 * lines stays one run of words, unlike -layout which interleaves the columns.
 */
export function pdfTextRaw(buffer) {
  return pdftotext(buffer, '-raw');
}

/** Number of pages of a PDF via `pdfinfo`. */
export function pdfPageCount(buffer) {
  return withTempPdf(buffer, async (file) => {
    const { stdout } = await execFileP('pdfinfo', [file]);
    const m = /^Pages:\s+(\d+)/m.exec(stdout);
    if (!m) throw new Error(`pdfinfo: no page count in output:\n${stdout}`);
    return Number(m[1]);
  });
}
