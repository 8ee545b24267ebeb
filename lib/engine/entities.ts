// Names of organisations, places, works and people written in full ("Northeastern University
// School of Law", "Robert L. Wilkins", "Aventura, Fla.", "Smiles for Life"): runs of capitalised
// words, read from the tokens without a list, so that any story's entities are compared like the
// tracked people are. Their key drops what outlets vary (titles, middle initials, connectors,
// accents, word order), so "Edward Markey" meets "Edward J. Markey".
import type { Token } from './tokens';

export interface EntityMention {
  start: number;
  end: number;
  written: string;
  /** Folded words, sorted: spelling-insensitive key of the name. */
  key: string;
}

const CONNECTORS = new Set(['of', 'for', 'and', '&', 'de', 'del', 'la', 'the', 'y', 'и', 'on']);
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'rev', 'sen', 'rep', 'gov', 'lt', 'gen', 'col', 'judge', 'president', 'representative', 'senator', 'the',
  'minister', 'secretary', 'chairman', 'chairwoman', 'governor', 'mayor', 'attorney', 'director', 'speaker', 'leader', 'prime',
]);
// Capitalised words that are not names: calendar words and sentence-level function words.
const NOT_NAME = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'jan', 'feb', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec',
  'i', 'he', 'she', 'they', 'we', 'it', 'but', 'and', 'the', 'a', 'an', 'in', 'on', 'at', 'this', 'that', 'there', 'when', 'if', 'as',
  'update', 'credit', 'photo', 'advertisement',
]);

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const capital = (t: Token): boolean => t.upperInitial && !NOT_NAME.has(t.lower.replace(/\.$/, ''));
const initial = (t: Token, next: Token | undefined): boolean => /^\p{Lu}$/u.test(t.text) && next?.text === '.';

/** Runs of two or more capitalised words in a sentence's tokens (connectors and initials inside). */
export function findEntities(tokens: Token[], text: string): EntityMention[] {
  const out: EntityMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!capital(tokens[i]!)) {
      i++;
      continue;
    }
    let j = i;
    let words = 0;
    let last = i;
    while (j < tokens.length) {
      const t = tokens[j]!;
      if (initial(t, tokens[j + 1])) {
        j += 2;
        continue;
      }
      if (capital(t)) {
        words++;
        last = j;
        j++;
        // "Jr." and "Fla." keep their full stop.
        if (tokens[j]?.text === '.' && /^(jr|sr|fla|calif|ill|mass|n\.h|d\.c|inc|co|corp|ltd)$/i.test(t.text)) last = j++;
        continue;
      }
      if (CONNECTORS.has(t.lower) && j + 1 < tokens.length && capital(tokens[j + 1]!) && j > i) {
        j++;
        continue;
      }
      // "Mintz, Levin, Cohn": a comma between capitalised words of one firm's name stays inside
      // only when the run goes on with another capital and ends with a connector later; lists of
      // people are left apart.
      break;
    }
    // A name starts after its titles: "Russian President Vladimir Putin", "U.S. District Judge Robert Hale".
    for (let k = last - 1; k > i; k--) {
      if (TITLES.has(tokens[k]!.lower.replace(/\.$/, '')) && k + 1 <= last && capital(tokens[k + 1]!)) {
        words -= tokens.slice(i, k + 1).filter(capital).length;
        i = k + 1;
        break;
      }
    }
    // A single capital at the start of a sentence says nothing; two or more words make a name.
    if (words >= 2) {
      const start = tokens[i]!.start;
      const end = tokens[last]!.end;
      const written = text.slice(start, end);
      const parts = tokens
        .slice(i, last + 1)
        .filter((t, k, all) => capital(t) && !TITLES.has(t.lower.replace(/\.$/, '')) && !initial(t, all[k + 1]))
        .map((t) => fold(t.text.replace(/['’]s$/, '').replace(/\.$/, '')));
      if (parts.length >= 1 && written.length <= 80) out.push({ start, end, written, key: [...new Set(parts)].sort().join(' ') });
    }
    i = Math.max(j, i + 1);
  }
  return out;
}
