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

// Verbs and nouns of an arrest, by their stems in four languages: "arrested", "detained",
// "задержан", "задержании", "detenido", "arrêté", "interpellé".
const ARRESTED = /^(arrest|detain|apprehend|задерж|арестова|detenid|detuv|arrêt|interpell|arrestat)/u;
// Where the arrest happened: a preposition of place, then a name in capitals, or a town's noun
// and "of" before it ("in the Urals city of Yekaterinburg", "dans la ville de Iekaterinbourg").
const LOCATIVES = /^(in|at|en|à|a|dans|в|во)$/;
const TOWN_NOUNS = /^(city|town|village|ciudad|localidad|ville|городе|город)$/;
const NOT_PLACES = /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/;

/**
 * The places a sentence says someone was arrested in: "arrested in Yekaterinburg", "detained in
 * late March 2023 in Yekaterinburg", "fue detenido en Ekaterimburgo", "arrêté à Ekaterinbourg",
 * "задержан в Екатеринбурге". Keyed by the sound of the name, so its spellings and scripts meet;
 * the cue is the verb, the person arrested named before it.
 */
export function findArrestPlaces(tokens: readonly Token[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.lowerInitial || !ARRESTED.test(tokens[i]!.lower)) continue;
    for (let k = i + 1; k < Math.min(tokens.length, i + 9); k++) {
      const t = tokens[k]!;
      if (/^[.;:!?,()—–]$/.test(t.text) || (k > i + 1 && ARRESTED.test(t.lower))) break;
      if (!LOCATIVES.test(t.lower)) continue;
      let at = k + 1;
      if (/^(the|la|el|le)$/.test(tokens[at]?.lower ?? '')) at++;
      // "the Urals city of", "the Russian city of", "la ville de": the name after the town's noun.
      for (let n = at; n < Math.min(tokens.length, at + 3); n++) {
        if (TOWN_NOUNS.test(tokens[n]!.lower) && /^(of|de|d['’])$/.test(tokens[n + 1]?.lower ?? '')) {
          at = n + 2;
          break;
        }
      }
      if (tokens[at]?.lower === 'city' || tokens[at]?.lower === 'городе') at++;
      const to = nameEnd(tokens, at);
      // "in late March 2023 in Yekaterinburg": a time first, the place after it.
      if (to === at || NOT_PLACES.test(tokens[at]!.lower)) continue;
      out.push({ from: at, to, key: nameKey(tokens.slice(at, to).map((w) => w.text).join(' ')), kind: 'arrest', cueAt: i });
      break;
    }
  }
  return out;
}
