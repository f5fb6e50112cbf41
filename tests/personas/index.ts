import { allDontKnow } from './allDontKnow';
import { beginnerAci } from './beginnerAci';
import { eitiSupport } from './eitiSupport';
import { empty } from './empty';
import { equippedEi } from './equippedEi';
import { ettiToolsNotPeople } from './ettiToolsNotPeople';
import type { Persona } from './persona';
import { smallAciNoComputers } from './smallAciNoComputers';
import { smallAi } from './smallAi';

export type { Persona } from './persona';
export { allDontKnow, beginnerAci, eitiSupport, empty, equippedEi, ettiToolsNotPeople, smallAciNoComputers, smallAi };

export const personas: readonly Persona[] = [beginnerAci, equippedEi, ettiToolsNotPeople, allDontKnow, smallAi, eitiSupport, smallAciNoComputers, empty];
