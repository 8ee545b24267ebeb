// Spellings of one name: "Trufanov" / "Troufanov" / "Труфанов", "Kharkin" / "Herkin",
// "Tati" / "Tatti", "Marzuk" / "Marzouk". A name is folded to a transliteration-neutral form,
// keyed with Double Metaphone (talisman) so spellings meet in one index bucket, and confirmed
// with Jaro-Winkler similarity so that a shared key alone does not make two names one.
import doubleMetaphone from 'talisman/phonetics/double-metaphone';
import jaroWinkler from 'talisman/metrics/jaro-winkler';
import { cyrillicToLatin } from './cyrillic';
import { givenNameForms, givenNameVariants } from './given-names';


/** Typographic normalisation only: what counts as "the same spelling" ("Nir-Oz" is "Nir Oz"). */
export function normaliseSpelling(s: string): string {
  let n = spellingCache.get(s);
  if (n === undefined) {
    n = normalise(s);
    if (spellingCache.size >= 20000) spellingCache.clear();
    spellingCache.set(s, n);
  }
  return n;
}
// Spellings are normalised at every comparison of two names: the answers are kept.
const spellingCache = new Map<string, string>();

function normalise(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[’‘`]/g, "'")
    .replace(/[“”«»"()[\]]/g, '')
    .replace(/[-‐‑]/g, ' ')
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

/**
 * The letters with a caron or an acute of the Slavic Latin alphabets (Serbian, Croatian, Slovene,
 * Czech, Slovak; Polish ć) written as English writes their sounds: "Gerškovič" is Gershkovich.
 * Stripping the mark instead would make it "Gerskovic".
 */
export function spellOutSlavicLetters(s: string): string {
  return /[šŠčČćĆžŽ]/.test(s) ? s.replace(/[šŠ]/g, (c) => (c === 'Š' ? 'Sh' : 'sh')).replace(/[čČćĆ]/g, (c) => (c === 'Č' || c === 'Ć' ? 'Ch' : 'ch')).replace(/[žŽ]/g, (c) => (c === 'Ž' ? 'Zh' : 'zh')) : s;
}

function fold(s: string, surname: boolean): string {
  let x = spellOutSlavicLetters(normaliseSpelling(s));
  if (/[\u0400-\u04FF]/.test(x)) x = cyrillicToLatin(x).toLowerCase();
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
  // Hebrew writes one letter for p and f: Trupanov and Trufanov must share a bucket to be compared.
  const folded = foldName(stemmed, surname).replace(/ /g, '').replace(/p/g, 'f');
  const [primary] = folded ? (doubleMetaphone(folded) as [string, string]) : [''];
  return primary || folded;
}

export function spellingSimilarity(a: string, b: string): number {
  return jaroWinkler(foldName(a), foldName(b));
}

function russianStem(w: string): string {
  return w.replace(/(ого|ему|ому|ыми|ами|ой|ою|ым|ом|ей|ую|ая|ем|ах|[аеиоуыюяйь])$/u, '');
}

const HARD_GU = /gu(?=[ei])/g;

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
  // Navalny / Navalnaya, Zelensky / Zelenskaya: a surname declined like an adjective, masculine
  // and feminine, is one family name too.
  const adjective = (x: string) => /^(.{3,}?)(?:y|yi|iy|ii|i|aya|aia|aïa|aja|ya)$/.exec(x)?.[1];
  if (surname && !cyr.test(na) && !cyr.test(nb) && /(?:y|yi|iy|ii|i)$/.test(na) !== /(?:y|yi|iy|ii|i)$/.test(nb) && adjective(na) !== undefined && adjective(na) === adjective(nb)) return 'same';
  const fa = foldName(a, surname);
  const fb = foldName(b, surname);
  if (fa === fb) return 'variant';
  // Spanish and Portuguese write a hard g before e and i as "gu" (Sagui for Sagi): another
  // spelling of the name, though its sound key (Sagi's soft g) differs.
  if (fa.includes('gu') !== fb.includes('gu') && fa.replace(HARD_GU, 'g') === fb.replace(HARD_GU, 'g')) return 'variant';
  if (nameKey(a, surname) === nameKey(b, surname) && jaroWinkler(fa, fb) >= 0.82) return 'variant';
  if (cyr.test(na) !== cyr.test(nb)) {
    const [c, l] = cyr.test(na) ? [na, nb] : [nb, na];
    // An Italian name in Cyrillic is written by its sound: "Скеттино" for Schettino.
    const italian = italianReading(l);
    const r = italian && crossScript(c, italian, surname) === 'variant' ? 'variant' : crossScript(c, l, surname);
    // A short form in the other script (Александром / Sasha) is one given name, as within one script.
    return r === 'different' && !surname && sameGivenName(a, b) ? 'variant' : r;
  }
  // Routes of transliteration (Trupanov, Trofanov) and short forms of a given name (Jim / James,
  // Sandi / Sandra): spellings of one name. A different given name stays different.
  if (surname ? looseName(a, true) === looseName(b, true) : sameGivenName(a, b)) return 'variant';
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

// ---------------------------------------------------------------------------------------------
// Loose keys: what a reader's one spelling of a name must meet in any page. On top of `foldName`
// (script, kh/h, ou/u, ph/f, w/v, y/i, doubled letters, feminine -ova), the letters that routes
// of transliteration confuse are merged: Hebrew writes one letter for p and f (Trupanov) and one
// for o and u (Trofanov), and one for ch, kh and h (Chen, Khen, Hen); hard c is k (Cohen, Коэн);
// a final -off or -ow is -ov; a final -er before -r and a final -e are dropped from given names
// (Aleksander, Alexandre, Alexandr). Two spellings with one loose key are one name's spellings.

const looseCache = [new Map<string, string>(), new Map<string, string>()] as const;

/** The loose key of one word of a name (Latin or Cyrillic). */
export function looseName(word: string, surname = false): string {
  const cache = looseCache[surname ? 1 : 0];
  let k = cache.get(word);
  if (k === undefined) {
    k = loose(foldName(word, surname).replace(/ /g, ''), surname);
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(word, k);
  }
  return k;
}

function loose(x: string, surname: boolean): string {
  // German and Polish routes from Cyrillic: Gerschkowitsch, Gierszkowicz are Gershkovich.
  x = x
    .replace(/tsch/g, 'ch')
    .replace(/sch/g, 'sh')
    .replace(/sz/g, 'sh')
    .replace(/cz/g, 'ch')
    .replace(/tch/g, 'ch')
    .replace(/ch/g, 'h')
    .replace(/ck/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/tz/g, 'ts')
    .replace(/p/g, 'f')
    .replace(/of$/, 'ov')
    .replace(/o/g, 'u')
    .replace(/([a-z])\1+/g, '$1');
  if (!surname && x.length > 4) x = x.replace(/er$/, 'r').replace(/(?<=[^aeiu])e$/, '');
  return x;
}

/** A Cyrillic word without its case ending (Труфановым → Труфанов, Елены → Елен). */
export function russianStemOf(word: string): string {
  return /[\u0400-\u04FF]/.test(word) ? russianStem(word) : word;
}

/** A loose key without a final vowel: what a declined Cyrillic form of it is compared with. */
export function looseStem(key: string): string {
  return key.length > 3 ? key.replace(/[aeiu]$/, '') : key;
}

/** Loose keys of a given name and of the names it is one with (Alexander, Sasha, Alex, Aleksandr…). */
export function givenNameKeys(given: string): string[] {
  const keys = givenNameForms(looseName(given), (g) => looseName(g));
  // Read as Italian too, as Russian writes Italian names by their sound: Francesco is Франческо.
  const italian = italianReading(given);
  if (italian !== null) {
    const k = looseName(italian);
    if (!keys.includes(k)) keys.push(k);
  }
  return keys;
}

/**
 * A Latin name read with Italian spelling, as other scripts write its sound ("Francesco" →
 * "franchesco", Франческо; "Schettino" → "skettino", Скеттино; "Giorgio" → "dzhordzho",
 * Джорджо); null when the name has none of Italian's letter groups.
 */
export function italianReading(word: string): string | null {
  const w = word.toLowerCase();
  if (!/c[eih]|g[eih]|sch|gn/.test(w) || /[^a-zàèéìòù]/.test(w)) return null;
  return w
    .replace(/sch/g, 'sk')
    .replace(/ch/g, 'k')
    .replace(/gh/g, 'g')
    .replace(/sc(?=[ei])/g, 'sh')
    .replace(/c(?=[ei])/g, 'ch')
    .replace(/gi(?=[aou])/g, 'dzh')
    .replace(/g(?=[ei])/g, 'dzh')
    .replace(/gn/g, 'ny');
}

const SUFFIX = /^(jr|sr|ii|iii|iv)$/i;
/** "Jr.", "Sr.", "II": a generation suffix after a surname, not a surname. */
export function isNameSuffix(word: string): boolean {
  return SUFFIX.test(word);
}

/**
 * Two written names as names of one person, for comparing sources: 'same' when they are the same
 * spelling (typography and case aside), 'variant' when they are spellings or short forms of one
 * name (Trufanov / Troufanov / Труфанов, Jim Mattis / James Mattis, Sandi / Sandra), null when
 * they are different names. A name of one word is compared with the other's surname.
 */
export function nameRelation(a: string, b: string): 'same' | 'variant' | null {
  if (normaliseSpelling(a) === normaliseSpelling(b)) return 'same';
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (!wa.length || !wb.length) return null;
  const sa = wa[wa.length - 1]!;
  const sb = wb[wb.length - 1]!;
  if (!sameSurname(sa, sb)) return null;
  if (wa.length > 1 && wb.length > 1 && !sameGivenName(wa[0]!, wb[0]!)) return null;
  return 'variant';
}

/** `nameRelation` as a yes/no: the two names may be one person's. */
export function sameNameCluster(a: string, b: string): boolean {
  return nameRelation(a, b) !== null;
}

function nameWords(name: string): string[] {
  return normaliseSpelling(name)
    .split(/[\s-]+/)
    .filter((w) => w && !isNameSuffix(w.replace(/\.$/, '')) && !/^\p{L}\.?$/u.test(w));
}

function sameSurname(a: string, b: string): boolean {
  const ka = looseName(a, true);
  const kb = looseName(b, true);
  if (ka === kb) return true;
  const cyr = /[\u0400-\u04FF]/;
  if (cyr.test(a) || cyr.test(b)) {
    const sa = cyr.test(a) ? looseName(russianStem(a), true) : looseStem(ka);
    const sb = cyr.test(b) ? looseName(russianStem(b), true) : looseStem(kb);
    if (sa === sb || sa === kb || sb === ka) return true;
  }
  return ka.length >= 5 && kb.length >= 5 && editDistanceAtMostOne(ka, kb);
}

/** Two given names as one (Vitaly / Vitaliy, Sasha / Alexander, Jim / James, Елены / Elena). */
export function sameGivenName(a: string, b: string): boolean {
  // A compound given name ("Paul-Henri", "Paul Henri", "Жан-Поль") is its parts: one part alone
  // is its first ("Paul" for Paul-Henri), and two compounds are one when every part is.
  const compound = /[-‐‑\s]/;
  if (compound.test(a) || compound.test(b)) {
    const pa = a.split(/[-‐‑\s]+/).filter(Boolean);
    const pb = b.split(/[-‐‑\s]+/).filter(Boolean);
    if (pa.length > 1 && pb.length > 1) return pa.length === pb.length && pa.every((p, k) => sameGivenName(p, pb[k]!));
    if (pa.length > 1 || pb.length > 1) return !!pa[0] && !!pb[0] && sameGivenName(pa[0], pb[0]);
  }
  const keys = givenNameKeys(a);
  const kb = looseName(b);
  if (keys.includes(kb)) return true;
  // Spanish writes a hard g before e and i as "gu": Sagui is Sagi, Guilad is Gilad.
  if (kb.includes('gu') !== keys[0]?.includes('gu') && keys.some((k) => k.replace(HARD_GU, 'g') === kb.replace(HARD_GU, 'g'))) return true;
  const cyr = /[\u0400-\u04FF]/;
  if (cyr.test(b) && declinedKeys(keys).includes(looseName(russianStem(b)))) return true;
  if (cyr.test(a) && declinedKeys(givenNameKeys(b)).includes(looseName(russianStem(a)))) return true;
  return oneLetterInside(keys[0] ?? '', kb);
}

/**
 * Two keys of a given name one letter apart inside the word, first and last letters kept:
 * a route of transliteration (Thai "Samarn" / "Saman", "Michael" / "Michel"). A letter changed,
 * or one added or dropped at the end, makes another name (Francis / Frances, Daniel / Daniela).
 */
function oneLetterInside(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) !== 1 || Math.min(a.length, b.length) < 4) return false;
  return a[0] === b[0] && a[a.length - 1] === b[b.length - 1] && editDistanceAtMostOne(a, b);
}

/**
 * What declined Cyrillic forms of given names' keys reduce to: the key without its final vowel,
 * and that loosened again, since a case ending can leave a vowel the loose key drops ("Алексея"
 * loses "я" and keeps "Алексе", whose loose key is "aleks", like Alexei's).
 */
export function declinedKeys(keys: readonly string[]): string[] {
  return keys.flatMap((k) => [looseStem(k), looseName(looseStem(k))]);
}

/** Levenshtein distance ≤ 1: one letter missing, added or changed. */
export function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** A nickname in brackets or quotes inside a typed name ("Alexander (Sasha) Trufanov", 'William "Mo" Cowan'). */
const NICKNAME = /[("“«][^)"”»]*[)"”»]/g;

/**
 * The words of a person's name as a reader typed it, without a nickname in brackets or quotes
 * and without a generation suffix: "Jesse Jackson Jr." → Jesse, Jackson. The family name is the last.
 */
export function typedNameWords(name: string): string[] {
  return name.replace(NICKNAME, ' ').split(/\s+/).filter((w) => w && !isNameSuffix(w.replace(/\.$/, '')));
}

/**
 * The given names a person of a story goes by, from the name a reader typed: the first word,
 * a nickname in brackets or quotes ("Alexander (Sasha) Trufanov"), any the story lists, and
 * the short forms and other-language forms of each (Sasha, Alex, Aleksandr…). The usual one first.
 */
export function givenNameSpellings(name: string, listed: readonly string[] = []): string[] {
  const nicknames = [...name.matchAll(/[("“«]([^)"”»]+)[)"”»]/g)].map((m) => m[1]!.trim());
  const words = name.replace(NICKNAME, ' ').trim().split(/\s+/);
  const typed = [...(words.length > 1 ? [words[0]!] : []), ...nicknames, ...listed].filter(Boolean);
  const out: string[] = [];
  for (const g of typed) for (const v of givenNameVariants(g, (x) => looseName(x))) if (!out.includes(v)) out.push(v);
  return out;
}

/** Other forms of a given name as a reader would write them ("Jim" → James, Jimmy, Jamie); empty when none is known. */
export function otherGivenForms(given: string): string[] {
  const lower = given.toLowerCase();
  return givenNameVariants(lower, (x) => looseName(x))
    .filter((form) => form !== lower)
    .map((form) => form[0]!.toUpperCase() + form.slice(1));
}
