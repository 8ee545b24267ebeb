// Spellings of one name: "Trufanov" / "Troufanov" / "Труфанов", "Kharkin" / "Herkin",
// "Tati" / "Tatti", "Marzuk" / "Marzouk". A name is folded to a transliteration-neutral form,
// keyed with Double Metaphone (talisman) so spellings meet in one index bucket, and confirmed
// with Jaro-Winkler similarity so that a shared key alone does not make two names one.
import doubleMetaphone from 'talisman/phonetics/double-metaphone';
import jaroWinkler from 'talisman/metrics/jaro-winkler';
import cyrillicToTranslit from 'cyrillic-to-translit-js';

const translit = cyrillicToTranslit({ preset: 'ru' });

/** Typographic normalisation only: what counts as "the same spelling". */
export function normaliseSpelling(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[’‘`]/g, "'")
    .replace(/[“”«»"()[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

// Names are folded and keyed over and over (each mention, each comparison), and both cost a
// chain of replacements: the answers are kept, one map for given names and one for surnames.
const foldCache = [new Map<string, string>(), new Map<string, string>()] as const;
const keyCache = [new Map<string, string>(), new Map<string, string>()] as const;
const CACHE_SIZE = 20000;

/** A transliteration-neutral form: Latin letters, common romanisation differences folded. */
export function foldName(s: string, surname = false): string {
  const cache = foldCache[surname ? 1 : 0];
  let folded = cache.get(s);
  if (folded === undefined) {
    folded = fold(s, surname);
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(s, folded);
  }
  return folded;
}

function fold(s: string, surname: boolean): string {
  let x = normaliseSpelling(s);
  if (/[\u0400-\u04FF]/.test(x)) x = translit.transform(x).toLowerCase();
  x = x.normalize('NFD').replace(/\p{M}/gu, '');
  x = x
    .replace(/kh/g, 'h')
    .replace(/ou/g, 'u')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/ks/g, 'x')
    .replace(/ye/g, 'e')
    .replace(/y/g, 'i')
    .replace(/j/g, 'i')
    .replace(/([aeiou])h(?=[aeiou])/g, '$1') // a silent h that Cyrillic drops: Cohen, Коэн
    .replace(/([a-z])\1+/g, '$1')
    .replace(/[^a-z ]/g, '');
  // Feminine forms of Slavic family names: Trufanova is of the Trufanov family.
  if (surname) x = x.replace(/(ov|ev|in)a\b/g, '$1').replace(/skaia\b/g, 'ski');
  return x.trim();
}

/** The index key of a name: every spelling of one name should share it. */
export function nameKey(s: string, surname = false): string {
  const cache = keyCache[surname ? 1 : 0];
  let k = cache.get(s);
  if (k === undefined) {
    k = key(s, surname);
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(s, k);
  }
  return k;
}

function key(s: string, surname: boolean): string {
  // Russian declines names (Марзуком, Ириной): the key is made from the stem, so that every
  // case and the Latin spelling meet in one bucket.
  const stemmed = /[\u0400-\u04FF]/.test(s) ? s.split(/\s+/).map(russianStem).join(' ') : s;
  const folded = foldName(stemmed, surname).replace(/ /g, '');
  const [primary] = folded ? (doubleMetaphone(folded) as [string, string]) : [''];
  return primary || folded;
}

export function spellingSimilarity(a: string, b: string): number {
  return jaroWinkler(foldName(a), foldName(b));
}

function russianStem(w: string): string {
  return w.replace(/(ого|ему|ому|ыми|ами|ой|ою|ым|ом|ей|ую|ая|ем|ах|[аеиоуыюяйь])$/u, '');
}

/** Two spellings of one name: identical after typography, or alike after folding. */
export function compareSpellings(a: string, b: string, surname = false): 'same' | 'variant' | 'different' {
  const na = normaliseSpelling(a);
  const nb = normaliseSpelling(b);
  if (na === nb) return 'same';
  // Trufanov / Trufanova: the same name in its feminine form, not another spelling.
  // Russian declines names: Труфанова / Труфанову / Труфановым are the same spelling in other cases.
  const cyr = /[\u0400-\u04FF]/;
  if (cyr.test(na) && cyr.test(nb) && russianStem(na) === russianStem(nb)) return 'same';
  const stem = (x: string) => /^(.+(?:ov|ev|in))a?$/.exec(x)?.[1];
  if (surname && stem(na) !== undefined && stem(na) === stem(nb)) return 'same';
  const fa = foldName(a, surname);
  const fb = foldName(b, surname);
  if (fa === fb) return 'variant';
  if (nameKey(a, surname) === nameKey(b, surname) && jaroWinkler(fa, fb) >= 0.82) return 'variant';
  if (cyr.test(na) !== cyr.test(nb)) return crossScript(cyr.test(na) ? na : nb, cyr.test(na) ? nb : na, surname);
  return 'different';
}

/**
 * A Cyrillic spelling against a Latin one. Transliteration loses letters the Latin spelling
 * keeps (Коэн, "Koen", for Cohen) and Russian declines names (Ириной for Irina), so the
 * Cyrillic name is also tried without its case ending against the Latin one without its final
 * vowel; the sound key must still agree and the letters stay close.
 */
function crossScript(cyrillic: string, latin: string, surname: boolean): 'variant' | 'different' {
  const forms = [cyrillic, russianStem(cyrillic)];
  // Cyrillic usually drops a silent Latin h (Cohen, Коэн).
  const latins = [latin, latin.replace(/[aeiouy]$/, ''), latin.replace(/(?<=\p{L})h/gu, '')];
  for (const c of forms) {
    for (const l of latins) {
      if (c.length < 2 || l.length < 2) continue;
      const fc = foldName(c, surname);
      const fl = foldName(l, surname);
      if (nameKey(c, surname) === nameKey(l, surname) && jaroWinkler(fc, fl) >= 0.75) return 'variant';
    }
  }
  return 'different';
}

/**
 * Whether a folded surname is in a feminine form (Trufanova, Труфановой). Russian cases that
 * could be either (Труфанову) count as masculine and the genitive Труфанова as feminine: either
 * way two people stay apart rather than merge.
 */
export function isFeminineSurname(folded: string): boolean {
  return /(ova|eva|ina|ovoi|evoi|inoi|skaia|skoi|aia)$/.test(folded);
}
