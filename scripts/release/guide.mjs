// The partner guide shipped in a release: docs/partenaires.md with this
// release's version and hashes filled in, so its snippets can be pasted as is.
import { placeholderFor } from './integrity.mjs';

/** Placeholder of the version in the guide's URLs. */
export const VERSION_PLACEHOLDER = 'X.Y.Z';

/**
 * Fills the guide for one release: `X.Y.Z` becomes the version, each
 * `sha384-EMPREINTE-…` the hash of its script, and the passages between
 * `<!-- docs-only -->` and `<!-- /docs-only -->` (about filling placeholders)
 * are dropped. Throws on a placeholder with no script, so a renamed file
 * cannot ship a guide that still says EMPREINTE.
 */
export function fillGuide(markdown, version, hashes) {
  let out = markdown.replace(/<!-- docs-only -->[\s\S]*?<!-- \/docs-only -->\n\n?/g, '');
  for (const [rel, sri] of Object.entries(hashes)) out = out.split(placeholderFor(rel)).join(sri);
  out = out.split(VERSION_PLACEHOLDER).join(version);
  const left = /sha384-EMPREINTE-[A-Z0-9-]+/.exec(out);
  if (left) throw new Error(`docs/partenaires.md: ${left[0]} names no script of the release`);
  const header =
    `> Guide livré avec la version ${version} du Diagnostic numérique SIAE. Les extraits ci-dessous ` +
    `portent déjà les empreintes (SRI) de cette version, celles de \`integrity.json\` : ` +
    `il ne reste qu’à remplacer \`VOTRE-SERVEUR\` et \`VOTRE-SITE\` par vos adresses.\n\n`;
  return header + out;
}
