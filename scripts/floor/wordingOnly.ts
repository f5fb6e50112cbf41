/** The French wording, as bundled into embed.js, nothing else: its share of the floor. */
import questionnaire from '../../locales/fr/questionnaire.json';
import recommendations from '../../locales/fr/recommendations.json';
import study from '../../locales/fr/study.json';
import ui from '../../locales/fr/ui.json';

(globalThis as { siaeFloor?: unknown }).siaeFloor = { ui, questionnaire, recommendations, study };
