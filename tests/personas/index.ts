import { allDontKnow } from './allDontKnow';
import { beginnerAci } from './beginnerAci';
import { empty } from './empty';
import { equippedEi } from './equippedEi';
import { ettiToolsNotPeople } from './ettiToolsNotPeople';
import type { Persona } from './persona';

export type { Persona } from './persona';
export { allDontKnow, beginnerAci, empty, equippedEi, ettiToolsNotPeople };

export const personas: readonly Persona[] = [beginnerAci, equippedEi, ettiToolsNotPeople, allDontKnow, empty];
