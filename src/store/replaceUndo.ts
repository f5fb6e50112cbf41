/**
 * Replacing the answers with an imported file, undoable once: whether there
 * is anything a replace would lose, and whether the file is older than it.
 * The undo keeps the whole saved subset (`toSaved`) from before the replace
 * and puts it back with the store's `restore`, dates included.
 */
import { stringify } from '../core/json';
import { toSaved, type SavedState } from './savedState';

/** Everything saved, as text: once it differs from right after the replace, the user did something else. */
export const savedKey = (s: Omit<SavedState, 'version'>): string => stringify(toSaved(s));

/**
 * When the current answers last changed (ISO), or null when there is nothing
 * a replace would lose (no answer yet): then no confirmation and no undo.
 */
export function answersChangedAt(s: Pick<SavedState, 'profile' | 'answers' | 'updatedAt'>): string | null {
  return Object.keys(s.answers).length + Object.keys(s.profile).length > 0 ? s.updatedAt : null;
}

/** A file saved before the current answers' last change: comparing is the likelier wish. */
export const isOlderFile = (exportedAt: Date, changedAt: string | null): boolean => changedAt !== null && exportedAt.getTime() < Date.parse(changedAt);
