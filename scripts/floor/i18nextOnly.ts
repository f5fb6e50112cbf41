/** i18next as the widget uses it (a private instance), nothing else: its share of the floor. */
import { createInstance } from 'i18next';

(globalThis as { siaeFloor?: unknown }).siaeFloor = createInstance;
