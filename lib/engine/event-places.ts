// Where someone was taken from: "kidnapped from Kibbutz Nir Oz", "taken hostage from their home in
// Kibbutz Nahal Oz", "secuestrado del kibutz Nir Oz", "enlevés au kibboutz Nir Oz", "захвачены в
// кибуце Нир-Оз". Outlets sometimes name another place of the same kind (Nahal Oz for Nir Oz): the
// place is keyed by the sound of its name, so that its spellings and scripts meet, and compared only
// with a place of the same kind. Read without a tagger: a verb of taking, a few words of path, a
// noun of a kind of place and the name in capitals (or the name, then the noun).
import { nameKey } from './name-variants';
import type { Token } from './tokens';
import type { Claim } from './types';

export interface PlaceMention {
  /** Token range of the place's name. */
  from: number;
  to: number;
  /** The name's sound key: "Nir Oz", "Nir-Oz", "Нир-Оз" are one. */
  key: string;
  /** The kind of place ("kibbutz", "village", "town"): only places of one kind are set against each other. */
  kind: string;
  /** Token index of the verb of taking: the person taken is named before it. */
  cueAt: number;
}

// Verbs of taking someone away, by their stems in four languages.
const TAKEN = /^(kidnapp|abduct|taken|snatched|похищ|захвач|уведен|угнан|secuestr|raptad|enlev)/u;
// Kinds of place, in four languages: the noun written beside the name.
const KINDS: Array<[RegExp, string]> = [
  [/^(kibbutz|kibutz|kibboutz|кибуц\p{L}*)$/u, 'kibbutz'],
  [/^(moshav|мошав\p{L}*)$/u, 'moshav'],
  [/^(village|villages|pueblo|aldea|деревн\p{L}*)$/u, 'village'],
  [/^(town|city|ciudad|localidad|ville|город\p{L}*)$/u, 'town'],
];

const kindOf = (t: Token | undefined): string | null => {
  if (!t) return null;
  for (const [re, kind] of KINDS) if (re.test(t.lower)) return kind;
  return null;
};

/** The end of a name in capitals starting at `from` (up to three words), or `from` when none starts there. */
function nameEnd(tokens: readonly Token[], from: number): number {
  let to = from;
  while (to < tokens.length && to - from < 3 && tokens[to]!.upperInitial && !kindOf(tokens[to])) to++;
  return to;
}

/** The places a sentence says people were taken from. */
export function findTakenFrom(tokens: readonly Token[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!TAKEN.test(tokens[i]!.lower)) continue;
    // The place may come after the time, the takers and the others taken ("kidnapped on the
    // morning of October 7 from Kibbutz Nir Oz", "along with his mother, Yelena, … from his
    // parent's home in Kibbutz Nahal Oz"), within the clause.
    for (let k = i + 1; k < Math.min(tokens.length, i + 24); k++) {
      const t = tokens[k]!;
      if (/^[;:!?]$/.test(t.text) || (t.text === '.' && !/^\p{L}{1,5}$/u.test(tokens[k - 1]!.text)) || TAKEN.test(t.lower)) break;
      const kind = kindOf(t);
      if (kind) {
        // "from Kibbutz Nir Oz", "en el kibbutz de Nir Oz": the name after the noun.
        const at = /^(de|of|d['’])$/.test(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
        const to = nameEnd(tokens, at);
        if (to > at) out.push({ from: at, to, key: nameKey(tokens.slice(at, to).map((w) => w.text).join(' ')), kind, cueAt: i });
        break;
      }
      // "from Nir Oz kibbutz": the name before the noun.
      if (t.upperInitial) {
        const to = nameEnd(tokens, k);
        const after = kindOf(tokens[to]);
        if (after && to > k) {
          out.push({ from: k, to, key: nameKey(tokens.slice(k, to).map((w) => w.text).join(' ')), kind: after, cueAt: i });
          break;
        }
        k = to - 1;
      }
    }
  }
  return out;
}

/**
 * Marks each place claim whose article names one place only as where its person was taken from
 * ('places:one'): an article that names two ("from Nir Oz", elsewhere "her home in Nahal Oz")
 * says neither alone.
 */
export function markSinglePlace(claims: readonly Claim[]): void {
  const places = claims.filter((c) => c.frame?.event === 'taken-from' && c.frame.subject && c.value.type === 'fact');
  const statement = (c: Claim) => (c.value.type === 'fact' ? c.value.statement : '');
  for (const c of places) {
    if (places.every((o) => o.frame!.subject !== c.frame!.subject || statement(o) === statement(c))) c.frame!.scope.push('places:one');
  }
}
