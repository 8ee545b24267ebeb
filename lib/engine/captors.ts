// Who held someone: "held by Palestinian Islamic Jihad", "in the hands of Hamas", "secuestrado
// por Hamás", "détenu par le Hezbollah", "в плену у ХАМАС". Outlets name the group that held a
// hostage or a detainee, sometimes differently; a reader wants the same group told by two outlets
// linked. Read without a tagger: a verb or phrase of holding, then a name in capitals (a group,
// a state body: "the FSB", "Islamic Jihad"), up to four words. The group is keyed by its English
// name when the four languages' lines know it (translations.ts), else by sound, so "Hamas",
// "Hamás" and "ХАМАС" are one.
import { nameKey } from './name-variants';
import type { Token } from './tokens';
import { translatedKey } from './translations';

export interface CaptorMention {
  /** Token range of the group's name. */
  from: number;
  to: number;
  /** The group as compared: its English name's key, else its sound key. */
  key: string;
  /** Token index where the phrase of holding starts: the person held is named before it. */
  cueAt: number;
}

// Phrases of holding, each ending where the group's name starts (lower case, token by token).
const CUES: string[][] = [
  'held by', 'held captive by', 'held hostage by', 'held in captivity by', 'detained by', 'kidnapped by', 'abducted by',
  'taken hostage by', 'in the hands of', 'in the custody of', 'imprisoned by',
  'secuestrado por', 'secuestrada por', 'retenido por', 'retenida por', 'en manos de', 'en poder de', 'cautivo de',
  'détenu par', 'détenue par', 'enlevé par', 'enlevée par', 'otage du', 'otage de', 'aux mains du', 'aux mains de',
  'в плену у', 'удерживал', 'удерживали', 'похищен', 'похищена',
].map((c) => c.split(' '));
// Phrases that name a hostage's holder only when a group the translation lines know follows:
// "hostage of Hamas", "заложником «Хамаса»", "из плена ХАМАС", "rehén de Hamás" (after them a
// person's name is as likely: "заложника Александра Труфанова").
const KNOWN_ONLY = new Set(['hostage of', 'hostages of', 'captive of', 'captives of', 'prisoner of', 'rehén de', 'rehenes de', 'otages du', 'otages de',
  'prisionero de', 'prisionera de', 'prisioneros de', 'prisonnier du', 'prisonnier de', 'prisonnière du', 'prisonnière de',
  'из плена', 'в плену', 'заложник', 'заложника', 'заложником', 'заложники', 'заложников', 'seized by', 'captured by']);
CUES.push(...[...KNOWN_ONLY].map((c) => c.split(' ')));
// Quotation marks and descriptors between the phrase and the group: "por la organización
// terrorista Yihad Islámica", "«Исламского джихада»".
const QUOTES = new Set(['«', '»', '"', '“', '”', '„']);
const DESCRIPTORS = new Set(['terror', 'terrorist', 'militant', 'islamist', 'group', 'organization', 'organisation', 'movement',
  'organización', 'terrorista', 'grupo', 'islamista', 'movimiento', 'terroriste', 'groupe', 'mouvement',
  'террористической', 'террористическая', 'организации', 'организацией', 'группировки', 'группировкой', 'движения', 'движением', 'радикальной', 'палестинской']);
// Every token is asked: the cues by their first word, so most tokens cost one look-up.
const CUES_BY_FIRST = new Map<string, string[][]>();
for (const c of CUES) CUES_BY_FIRST.set(c[0]!, [...(CUES_BY_FIRST.get(c[0]!) ?? []), c]);
const ARTICLES = new Set(['the', 'el', 'la', 'le', 'les', "l'", 'l’']);

// Words between a person and the phrase of holding that keep the person its subject: "Orlov,
// who had been held by", "Orlov estuvo en manos de", "Орлов находился в плену у".
const LINKERS = new Set([',', 'who', 'was', 'were', 'had', 'has', 'have', 'been', 'being', 'is', 'are', 'also', 'reportedly', 'still', 'once',
  'quien', 'que', 'fue', 'estuvo', 'estaba', 'había', 'sido', 'ha', 'qui', 'a', 'avait', 'été', 'était', 'est', 'который', 'которого', 'был', 'была', 'находился', 'находилась']);

/** Token index of the person a phrase of holding at `cueAt` is said of, past linking words; -1 when another word comes first. */
export function heldAt(tokens: readonly Token[], cueAt: number): number {
  let i = cueAt - 1;
  while (i >= 0 && LINKERS.has(tokens[i]!.lower)) i--;
  return i;
}

/** "held for 473 days by", "held for more than a year by": the phrase of holding around a duration, as tokens. */
function heldForBy(tokens: readonly Token[], i: number): string[] | null {
  if (tokens[i]!.lower !== 'held' || tokens[i + 1]?.lower !== 'for') return null;
  for (let k = i + 2; k < Math.min(tokens.length, i + 7); k++) if (tokens[k]!.lower === 'by') return tokens.slice(i, k + 1).map((t) => t.lower);
  return null;
}

/** The groups a sentence says held someone. */
export function findCaptors(tokens: readonly Token[]): CaptorMention[] {
  const out: CaptorMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const cue = CUES_BY_FIRST.get(tokens[i]!.lower)?.find((c) => c.every((w, k) => tokens[i + k]?.lower === w)) ?? heldForBy(tokens, i);
    if (!cue) continue;
    let from = i + cue.length;
    if (ARTICLES.has(tokens[from]?.lower ?? '')) from++;
    const knownOnly = KNOWN_ONLY.has(cue.join(' '));
    for (let k = 0; k < 3 && DESCRIPTORS.has(tokens[from]?.lower ?? ''); k++) from++;
    if (QUOTES.has(tokens[from]?.text ?? '')) from++;
    let to = from;
    // A name in capitals, joined by a particle or two ("Palestinian Islamic Jihad", "Islamic State").
    while (to < tokens.length && to - from < 4 && (tokens[to]!.upperInitial || (to > from && /^(of|de|du|des)$/.test(tokens[to]!.lower) && tokens[to + 1]?.upperInitial))) to++;
    if (to === from) continue;
    // Russian and French capitalise only a name's first word ("Исламского джихада", "Jihad
    // islamique"): a group the four languages' lines know may run on in lower case.
    const span = (end: number) => tokens.slice(from, end).map((t) => t.text).join(' ');
    let known: string | null = null;
    for (let end = Math.min(tokens.length, from + 4); end > to && !known; end--) {
      if (tokens.slice(to, end).every((t) => t.lowerInitial)) {
        known = translatedKey(span(end));
        if (known) to = end;
      }
    }
    known ??= translatedKey(span(to));
    if (knownOnly && !known) continue;
    out.push({ from, to, key: known ?? nameKey(span(to), true), cueAt: i });
    i = to - 1;
  }
  return out;
}
