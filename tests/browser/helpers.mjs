// Helpers for the browser tests (see README.md in this folder): the one import
// for test files. The code lives in lib/; this file only gathers it.
// No dependencies beyond playwright-core (driven by the runner), axe-core's
// pre-built axe.min.js and poppler-utils (pdftotext / pdfinfo) for PDF checks.

export { REPO_ROOT, RESULTS_DIR, slug, screenshot } from './lib/results.mjs';
export { isExternalUrl, newPage, cspViolations, assertClean } from './lib/records.mjs';
export { AXE_TAGS, runAxe, formatViolations, assertNoAxeViolations } from './lib/axe.mjs';
export { pdfText, pdfTextRaw, pdfPageCount } from './lib/pdf.mjs';
