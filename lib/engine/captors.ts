// Who held someone: "held by Palestinian Islamic Jihad", "in the hands of Hamas", "secuestrado
// por Hamás", "détenu par le Hezbollah", "в плену у ХАМАС". Outlets name the group that held a
// hostage or a detainee, sometimes differently; a reader wants the same group told by two outlets
// linked. Read without a tagger: a verb or phrase of holding, then a name in capitals (a group,
// a state body: "the FSB", "Islamic Jihad"), up to four words. The group is keyed by its English
// name when the four languages' lines know it (translations.ts), else by sound, so "Hamas",
// "Hamás" and "ХАМАС" are one.
import { isDemonym } from './demonyms';
import { nameKey } from './name-variants';
import type { Token } from './tokens';
import type { Claim } from './types';
import { isGroupKey, isTranslatedKey, translatedKey, translatedWords } from './translations';

export interface CaptorMention {
  /** Token range of the group's name. */
  from: number;
  to: number;
  /** The group as compared: its English name's key, else its sound key. */
  key: string;
  /** Token index where the phrase of holding starts: the person held is named before it. */
  cueAt: number;
  /** Another group is named right after, as holding the person with it ("by Hamas and Islamic Jihad"). */
  joint: boolean;
  /** Said of the taking ("abducted by", "seized by"), not the holding: the group that took someone may hand them to another. */
  taking: boolean;
  /** Told in the active voice ("Islamic Jihad, which held Trufanov"): the token where the person held (a name or a pronoun) is. */
  objectAt?: number;
}

// Phrases of the taking, not the holding: a raid led by one group may leave its hostages with
// another ("abducted by Hamas", later "held by Islamic Jihad"), so the two are never set against each other.
const TAKING = /^(kidnapped|abducted|seized|captured|enlevé|enlevée|похищен|похищена)$/;

// Phrases of holding, each ending where the group's name starts (lower case, token by token).
const CUES: string[][] = [
  'held by', 'held captive by', 'held hostage by', 'held in captivity by', 'detained by', 'kidnapped by', 'abducted by',
  'taken hostage by', 'in the hands of', 'in the custody of', 'imprisoned by',
  'secuestrado por', 'secuestrada por', 'retenido por', 'retenida por', 'en manos de', 'en poder de', 'cautivo de',
  'détenu par', 'détenue par', 'enlevé par', 'enlevée par', 'otage du', 'otage de', 'aux mains du', 'aux mains de',
  'в плену у', 'удерживал', 'удерживали', 'удерживало', 'удерживала', 'похищен', 'похищена',
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
  'террористической', 'террористическая', 'организации', 'организацией', 'группировки', 'группировкой', 'движения', 'движением', 'радикальной', 'палестинской',
  'палестинское', 'палестинская', 'террористическое', 'движение', 'группировка', 'организация', 'радикальное', 'исламистское', 'исламистская']);
// Every token is asked: the cues by their first word, so most tokens cost one look-up.
const CUES_BY_FIRST = new Map<string, string[][]>();
for (const c of CUES) CUES_BY_FIRST.set(c[0]!, [...(CUES_BY_FIRST.get(c[0]!) ?? []), c]);
const ARTICLES = new Set(['the', 'el', 'la', 'le', 'les', "l'", 'l’']);

// Words between a person and the phrase of holding that keep the person its subject: "Orlov,
// who had been held by", "Orlov estuvo en manos de", "Орлов находился в плену у".
const LINKERS = new Set([',', '–', '—', 'who', 'was', 'were', 'had', 'has', 'have', 'been', 'being', 'is', 'are', 'also', 'reportedly', 'still', 'once', 'remained', 'remains', 'stayed',
  'quien', 'que', 'fue', 'estuvo', 'estaba', 'había', 'sido', 'ha', 'qui', 'a', 'avait', 'été', 'était', 'est', 'который', 'которого', 'был', 'была', 'находился', 'находилась']);

/** Token index of the person a phrase of holding at `cueAt` is said of, past linking words; -1 when another word comes first. */
export function heldAt(tokens: readonly Token[], cueAt: number): number {
  let i = cueAt - 1;
  while (i >= 0 && LINKERS.has(tokens[i]!.lower)) i--;
  return i;
}

// Verbs of holding whose agent may come a few words later, past a duration, a date or a place:
// "held for 473 days by", "taken hostage on October 7, 2023 by", "abducted from Nir Oz by".
const HELD_THEN_BY = /^(held|taken|kidnapped|abducted|captured|seized|detained)$/;
const NOT_BETWEEN = /^(\.|;|and|who|which|that|after|before|while|said|says)$/;

/** A verb of holding and its "by" a few words on, as tokens (the cue, ending at "by"). */
function heldThenBy(tokens: readonly Token[], i: number): string[] | null {
  if (!HELD_THEN_BY.test(tokens[i]!.lower)) return null;
  for (let k = i + 1; k < Math.min(tokens.length, i + 9); k++) {
    if (NOT_BETWEEN.test(tokens[k]!.lower)) return null;
    if (tokens[k]!.lower === 'by') return k > i + 1 ? tokens.slice(i, k + 1).map((t) => t.lower) : null;
  }
  return null;
}

const HOSTAGE_NOUNS = /^(hostage|hostages|captive|captives)$/;

/** A group the lines know whose name ends right before token `end` (up to four words), and whether another group is joined to it by "and". */
function knownGroupBefore(tokens: readonly Token[], end: number): { from: number; to: number; key: string; joint: boolean } | null {
  for (let from = Math.max(0, end - 4); from < end; from++) {
    if (!tokens[from]!.upperInitial) continue;
    const key = translatedKey(tokens.slice(from, end).map((t) => t.text).join(' ').replace(/['’]s?$/, ''));
    if (!key) continue;
    if (!isGroupKey(key)) return null;
    // "freed Palestinian Islamic Jihad and Hamas hostages": two groups held them together.
    const joint = JOINS.test(tokens[from - 1]?.lower ?? '') && !!tokens[from - 2]?.upperInitial;
    return { from, to: end, key, joint };
  }
  return null;
}

/** "former Islamic Jihad hostage Alexander Trufanov": a group the lines know, before a noun of captivity and a name. */
function groupBeforeHostage(tokens: readonly Token[], i: number): ReturnType<typeof knownGroupBefore> {
  if (!HOSTAGE_NOUNS.test(tokens[i]!.lower) || !tokens[i + 1]?.upperInitial) return null;
  return knownGroupBefore(tokens, i);
}

const JOINS = /^(and|y|et|и|или|or|o|ou)$/;

const CAPTIVITY_NOUNS = /^(captivity|custody)$/;

// The active voice: "Islamic Jihad, which likely holds Trufanov", "Palestinian Islamic Jihad,
// rather than Hamas, held him captive", "el grupo que retenía a Trufanov".
const HOLDING_VERBS = /^(holds|held|holding|retient|retenait|détenait|détient|retiene|retenía|mantiene|mantenía|удерживает|удерживал[аио]?)$/;
const BETWEEN_GROUP_AND_VERB = /^(,|which|that|who|qui|que|который|которая|которое|likely|reportedly|allegedly|still|also|is|was|had|has|have|been|the|group|el|grupo|le|groupe)$/;
const OBJECT_PRONOUNS = /^(him|her|them|le|la|les|lo|los|его|её|ее|их)$/;

/** A group the lines know that holds the person after the verb at `i`: the group's span and the person's token. */
function groupHolding(tokens: readonly Token[], i: number): { from: number; to: number; key: string; objectAt: number } | null {
  if (!HOLDING_VERBS.test(tokens[i]!.lower)) return null;
  let objectAt = i + 1;
  if (/^(a|à)$/.test(tokens[objectAt]?.lower ?? '')) objectAt++;
  const object = tokens[objectAt];
  if (!object || !(object.upperInitial || OBJECT_PRONOUNS.test(object.lower))) return null;
  // "held hostages", "held talks": a lower-case noun after the verb is what is held, no person.
  let k = i - 1;
  while (k >= 0 && i - k <= 8) {
    const t = tokens[k]!;
    // "…, rather than Hamas,": the group set aside is not the holder.
    if (t.text === ',' && tokens[k - 1]?.upperInitial) {
      let r = k - 1;
      while (r > 0 && tokens[r]!.upperInitial) r--;
      if (tokens[r]?.lower === 'than' && tokens[r - 1]?.lower === 'rather') { k = r - 2; continue; }
    }
    if (t.upperInitial) {
      let from = k;
      while (from > 0 && k - from < 3 && tokens[from - 1]!.upperInitial) from--;
      for (let f = from; f <= k; f++) {
        const key = translatedKey(tokens.slice(f, k + 1).map((x) => x.text).join(' '));
        if (key) return isGroupKey(key) ? { from: f, to: k + 1, key, objectAt } : null;
      }
      return null;
    }
    if (!BETWEEN_GROUP_AND_VERB.test(t.lower)) return null;
    k--;
  }
  return null;
}

/** "after 498 days in Hamas captivity", "in Hamas' custody": a group the lines know, before a noun of captivity. */
function groupBeforeCaptivity(tokens: readonly Token[], i: number): ReturnType<typeof knownGroupBefore> {
  if (!CAPTIVITY_NOUNS.test(tokens[i]!.lower)) return null;
  // "Hamas's captivity", "Hamas’ captivity": the possessive is no part of the name.
  return knownGroupBefore(tokens, /^['’]s?$/.test(tokens[i - 1]?.text ?? '') ? i - 1 : i);
}

/** The groups a sentence says held someone. */
export function findCaptors(tokens: readonly Token[]): CaptorMention[] {
  const out: CaptorMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const before = groupBeforeHostage(tokens, i);
    if (before) {
      out.push({ from: before.from, to: before.to, key: before.key, cueAt: before.from, joint: before.joint, taking: false });
      continue;
    }
    const holding = groupHolding(tokens, i);
    if (holding) {
      out.push({ from: holding.from, to: holding.to, key: holding.key, cueAt: i, joint: false, taking: false, objectAt: holding.objectAt });
      continue;
    }
    // The person held is named before the captivity ("Orlov, freed after 498 days in Hamas captivity").
    const held = groupBeforeCaptivity(tokens, i);
    if (held) {
      out.push({ from: held.from, to: held.to, key: held.key, cueAt: i + 1, joint: held.joint, taking: false });
      continue;
    }
    const cue = CUES_BY_FIRST.get(tokens[i]!.lower)?.find((c) => c.every((w, k) => tokens[i + k]?.lower === w)) ?? heldThenBy(tokens, i);
    if (!cue) continue;
    let from = i + cue.length;
    if (ARTICLES.has(tokens[from]?.lower ?? '')) from++;
    const knownOnly = KNOWN_ONLY.has(cue.join(' '));
    for (let k = 0; k < 3 && DESCRIPTORS.has(tokens[from]?.lower ?? ''); k++) from++;
    // "in the hands of his captors from the Islamic Jihad": the captors' group after them.
    if (/^(his|her|their)$/.test(tokens[from]?.lower ?? '') && /^(captors|kidnappers|abductors)$/.test(tokens[from + 1]?.lower ?? '') && /^(from|of)$/.test(tokens[from + 2]?.lower ?? '')) {
      from += 3;
      if (ARTICLES.has(tokens[from]?.lower ?? '')) from++;
    }
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
    // The person's name may follow the group's in capitals ("из плена ХАМАС Александр Труфанов"):
    // an armed group the lines know is then the run's first words (a place is not: "rehén de Gaza
    // Alexander Troufanov" names where, not who).
    for (let end = to - 1; end > from && !known; end--) {
      const group = translatedKey(span(end));
      if (group && isGroupKey(group)) (known = group), (to = end);
    }
    if (knownOnly && !known) continue;
    // "kidnapped by Palestinian terrorists": a people's adjective before a noun names no group.
    if (!known && to - from === 1 && isDemonym(tokens[from]!.lower) && tokens[to]?.lowerInitial) continue;
    // "captured by Hamas and Palestinian Islamic Jihad": two groups held them together.
    const joint = JOINS.test(tokens[to]?.lower ?? '') && !!tokens[to + 1]?.upperInitial;
    out.push({ from, to, key: known ?? nameKey(span(to), true), cueAt: i, joint, taking: TAKING.test(cue[0]!) });
    i = to - 1;
  }
  return out;
}

/** Two groups' keys name one group: the same key, or one English name's words all in the other's. */
export function sameGroup(a: string, b: string): boolean {
  if (a === b) return true;
  if (!isTranslatedKey(a) || !isTranslatedKey(b)) return false;
  const [small, big] = a.length <= b.length ? [a, b] : [b, a];
  const words = new Set(translatedWords(big));
  return translatedWords(small).every((w) => words.has(w));
}

/**
 * Marks each captor claim whose article names one group only as holding its person ('captors:one'):
 * an article that names two ("held by Islamic Jihad", elsewhere "in the hands of Hamas", or "by
 * Hamas and Islamic Jihad") says neither alone.
 */
export function markSingleCaptor(claims: readonly Claim[]): void {
  const captors = claims.filter((c) => c.frame?.event === 'captor' && c.frame.subject && c.value.type === 'fact');
  const statement = (c: Claim) => (c.value.type === 'fact' ? c.value.statement : '');
  const taking = (c: Claim) => c.frame!.scope.includes('captors:taking');
  for (const c of captors) {
    // The takers and the holders are told apart: one group named for each is one group for each.
    const others = captors.filter((o) => o.frame!.subject === c.frame!.subject && taking(o) === taking(c));
    if (!c.frame!.scope.includes('captors:joint') && others.every((o) => !o.frame!.scope.includes('captors:joint') && sameGroup(statement(o), statement(c)))) c.frame!.scope.push('captors:one');
  }
}
