/**
 * The whole content for the late screens (results, plan, sheet, team): the
 * first screens' questionnaire with the study's figures, the recommendations,
 * their resources and funding, and what the partner added, checked here (one
 * warning for what is ignored). The data comes with the results code, so the
 * first screen does not carry it.
 */
import type { Content, ContentStart, PartnerContent } from '../../core/content';
import { benchmark } from '../../data/benchmark';
import { funding } from '../../data/funding';
import { recommendations } from '../../data/recommendations';
import { resources } from '../../data/resources';
import { withNetwork } from './withNetwork';
import { withPartnerResources } from './partnerResources';

/** Per partner input, so its warnings come once and views keep one object. */
const built = new WeakMap<PartnerContent, WeakMap<ContentStart, Content>>();

export function fullContent(start: ContentStart, partner: PartnerContent): Content {
  const forPartner = built.get(partner) ?? new WeakMap<ContentStart, Content>();
  built.set(partner, forPartner);
  let content = forPartner.get(start);
  if (content) return content;
  content = { questionnaire: start.questionnaire, benchmark, recommendations, funding, resources: withPartnerResources(resources, partner.resources) };
  for (const given of partner.benchmarks) content = withNetwork(content, given.raw, given.from);
  forPartner.set(start, content);
  return content;
}
