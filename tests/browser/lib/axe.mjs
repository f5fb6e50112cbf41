// Accessibility audits with axe-core's pre-built axe.min.js (no axe wrapper package).

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from './results.mjs';

const AXE_PATH = path.join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js');

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let axeSource;

/**
 * Run axe-core (WCAG 2.0/2.1 A + AA) on `page` and return the violations.
 * axe is injected with page.evaluate(source) — a CDP evaluation, which the page's
 * CSP does not block (unlike addScriptTag). Open shadow roots are audited by axe
 * by default; to target an element inside one, use
 * `include: { fromShadowDom: ['#host', '.inner'] }`.
 * @param {import('playwright-core').Page} page
 * @param {{ include?: any, exclude?: any, tags?: string[], rules?: object, disableRules?: string[] }} [opts]
 * @returns {Promise<Array<{ id, impact, help, helpUrl, description, nodes }>>}
 */
export async function runAxe(page, { include, exclude, tags = AXE_TAGS, rules, disableRules = [] } = {}) {
  axeSource ??= await readFile(AXE_PATH, 'utf8');
  // Inject into every frame so axe can also audit iframes.
  for (const frame of page.frames()) {
    try {
      const has = await frame.evaluate(() => typeof window.axe === 'object');
      if (!has) await frame.evaluate(axeSource);
    } catch {
      /* detached or inaccessible frame */
    }
  }
  const context = include || exclude ? { ...(include ? { include } : {}), ...(exclude ? { exclude } : {}) } : null;
  const options = {
    runOnly: { type: 'tag', values: tags },
    resultTypes: ['violations'],
    rules: { ...(rules || {}), ...Object.fromEntries(disableRules.map((id) => [id, { enabled: false }])) },
  };
  const violations = await page.evaluate(
    async ({ context, options }) => {
      const res = context ? await window.axe.run(context, options) : await window.axe.run(document, options);
      return res.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        description: v.description,
        nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
      }));
    },
    { context, options },
  );
  return violations;
}

/** Human-readable list of axe violations (id, impact, help, targets). */
export function formatViolations(violations) {
  if (!violations.length) return 'no axe violations';
  return violations
    .map((v) => {
      const targets = v.nodes
        .map((n) => `      - ${JSON.stringify(n.target)}  ${n.html.replace(/\s+/g, ' ').slice(0, 160)}`)
        .join('\n');
      return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${targets}`;
    })
    .join('\n');
}

/** Throw if axe finds any violation (message lists them all). */
export async function assertNoAxeViolations(page, opts) {
  const violations = await runAxe(page, opts);
  if (violations.length) {
    throw new Error(`${violations.length} axe violation(s):\n${formatViolations(violations)}`);
  }
}
