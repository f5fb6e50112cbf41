import type { Content } from '../core/content';
import { benchmark } from './benchmark';
import { funding } from './funding';
import { questionnaire } from './questionnaire';
import { recommendations } from './recommendations';
import { resources } from './resources';

/** Everything a content editor changes, gathered for the widget. */
export const defaultContent: Content = { questionnaire, benchmark, recommendations, resources, funding };
