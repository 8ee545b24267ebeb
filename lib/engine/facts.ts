// Facts that are neither a number, a date nor a name but are still checkable across sources:
// a person's citizenship ("dual Russian-Israeli citizen"), a death and how it came ("was killed
// in the attack", "was killed in captivity"), a life sentence.
import { mapPacked } from './arrays';

export interface FactMention {
  start: number;
  end: number;
  attribute: 'citizenship' | 'killed' | 'sentence';
  /** Normalised value: the sorted nationalities, 'killed' with how ('killed:attack', 'killed:captivity'), or 'life' for a life sentence. */
  value: string;
  /** Offset where the fact's subject phrase is looked for. */
  subjectAt: number;
  subjectSide: 'after' | 'before';
}

const CITIZENSHIP = /\b((?:[A-Z][a-z]+-)+[A-Z][a-z]+|[A-Z][a-z]+(?:ian|i|ese|ish))\s+(?:dual\s+)?(citizen|national|citizens|nationals)\b/g;
// A violent death: "was killed in the attack", "was murdered in their home", "was killed on 7
// October". The span runs to the cause when one follows ("killed during the Oct. 7 attack").
const KILLED = /\b(?:(?:was|were|had been|has been|have been)\s+(?:reportedly\s+|also\s+|later\s+|brutally\s+)?(killed|murdered|slain)|(did not survive|lost (?:his|her|their) li(?:fe|ves)))\b(?:\s+by\s+(?:[\w’'-]+\s+){0,1}?[\w’'-]+(?=\s+(?:in|during)\b))?(?:\s+(?:in|during)\s+(?:the\s+|a\s+)?(?:[\w.’'-]+\s+){0,3}?(?:attack|assault|massacre|raid|incursion|rampage|onslaught|invasion|violence)\b|(?<=survive)\s+the\s+(?:[\w.’'-]+\s+){0,2}?(?:attack|assault|massacre|raid|onslaught)\b|\s+on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}\b)|\s+in\s+captivity\b)?/g;
// Russian and Spanish: "был убит во время нападения", "погиб", "murió en el ataque", "había muerto", "fue asesinado".
// French: "a été tué lors de l'attaque", "est mort", "ont été assassinés".
const KILLED_RU_ES = /(?<!\p{L})(?:был[аи]?\s+)?(?:убит[аы]?|погиб(?:ла|ли)?)(?:\s+(?:во время|в ходе|при)\s+(?:нападени\p{L}*|атак\p{L}*|теракт\p{L}*)|\s+в\s+плену)?(?!\p{L})|(?<!\p{L})(?:murió|murieron|había muerto|habían muerto|fue asesinad[oa]|fueron asesinad[oa]s|perdió la vida|perdieron la vida)(?:\s+(?:en|durante)\s+(?:el|la)\s+(?:ataque|masacre|asalto)(?:\s+inicial)?|\s+en\s+cautiverio)?(?!\p{L})|(?<!\p{L})(?:(?:a|ont|avait|avaient)\s+été\s+(?:tuée?s?|assassinée?s?)|(?:est|sont)\s+mort(?:e|s|es)?|(?:a|ont)\s+perdu\s+la\s+vie)(?:\s+(?:lors de|pendant|dans)\s+(?:l['’]|le\s+|la\s+)(?:attaque|massacre|assaut|attentat)|\s+en\s+captivité)?(?!\p{L})/gu;

// How a death came: in the attack (or on its day), in captivity, or not said. Two outlets that
// tell one person's death as an attack's and as a captivity's disagree.
const IN_CAPTIVITY = /captivity|cautiverio|captivité|плену/u;
const IN_ATTACK = /attack|assault|massacre|raid|incursion|rampage|onslaught|invasion|violence|нападени|атак|теракт|ataque|masacre|asalto|attaque|assaut|attentat/u;
const deathValue = (phrase: string): string => (IN_CAPTIVITY.test(phrase) ? 'killed:captivity' : IN_ATTACK.test(phrase) ? 'killed:attack' : 'killed');

// "holds Russian and Israeli citizenship", "tiene la nacionalidad rusa e israelí" is rarer; the
// English pair and the hyphenated adjective before a person ("the Russian-Israeli hostage").
const CITIZENSHIP_PAIR = /\b([A-Z][a-z]+(?:ian|i|ese|ish|an))\s+and\s+([A-Z][a-z]+(?:ian|i|ese|ish|an))\s+(?:dual\s+)?(?:citizenship|nationality|passports?)\b/g;
const NATIONALITY_ADJ = /(?<![\p{L}-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+|(?:\p{Ll}+-)+\p{Ll}+(?:í|o|a|ий|ая|ого|ому|им|ом))(?=\s+(?:hostage|captive|man|woman|engineer|dual|rehén|ingeniero|joven|заложник\p{L}*|гражданин\p{L}*|инженер\p{L}*|\p{Lu}))/gu;

const NATIONALITY_AFTER_NOUN = /(?<![\p{L}-])(?:(?:citoyen(?:ne)?s?|ciudadan[oa]s?)|(?:un|une|el|la))\s+(\p{L}+(?:-\p{L}+)+)(?![\p{L}-])/gu;

// Demonyms in Spanish and Russian, folded to the English word so sources compare across languages.
const DEMONYMS: Array<[RegExp, string]> = [
  [/^(rus[oa]s?|российск\p{L}*|русск\p{L}*)$/u, 'russian'],
  [/^(israel[íi]e?s?|израильск\p{L}*)$/u, 'israeli'],
  [/^(estadounidenses?|американск\p{L}*)$/u, 'american'],
  [/^(argentin[oa]s?|аргентинск\p{L}*)$/u, 'argentine'],
  [/^(aleman[ae]?s?|alemán|немецк\p{L}*)$/u, 'german'],
  [/^(brit[áa]nic[oa]s?|британск\p{L}*)$/u, 'british'],
  // French, and the combining forms of compounds ("russo-israélien", "israélo-russe").
  [/^(russes?|russo)$/u, 'russian'],
  [/^(israélien(ne)?s?|israélo)$/u, 'israeli'],
  [/^(américain(e)?s?|américano|americano)$/u, 'american'],
  [/^(ucranian[oa]s?|ukrainien(ne)?s?|украинск\p{L}*)$/u, 'ukrainian'],
];

function demonym(word: string): string {
  const w = word.toLowerCase();
  for (const [re, en] of DEMONYMS) if (re.test(w)) return en;
  return w;
}

const nationalitiesOf = (words: string[]) => mapPacked(words, demonym).sort().join('-');

/** A nationality said of someone already named: "Troufanov, a Russian-Israeli citizen, …". */
function apposition(text: string, start: number): boolean {
  // "Troufanov, a Russian-Israeli citizen", and "Troufanov is a Russian-Israeli engineer".
  return /(?:,|\b(?:is|was|es|era|fue|est|était))\s*(?:(?:a|an|the|un|una|el|la|une)\s+)?(?:dual\s+)?$/iu.test(text.slice(Math.max(0, start - 16), start)) ||
    // "Trufanov, un ciudadano ruso-israelí", "Troufanov, un citoyen russo-israélien".
    /,\s*(?:(?:un|una|une|el|le)\s+)?$/u.test(text.slice(Math.max(0, start - 6), start));
}

// A life sentence, in four languages: a sentence no count of years states ("sentenced to life in
// prison", "cadena perpetua", "réclusion à perpétuité", "пожизненное заключение").
const LIFE_SENTENCE = /\b(?:sentenced to life(?: in prison| imprisonment)?|life (?:sentences?|imprisonment|in prison))\b|(?<!\p{L})(?:cadena perpetua|prisión perpetua|(?:réclusion|prison|détention) à perpétuité|пожизненн\p{L}* (?:заключени\p{L}*|лишени\p{L}* свободы|срок\p{L}*))(?!\p{L})/giu;

export function findFacts(text: string, from: number, to: number): FactMention[] {
  const s = text.slice(from, to);
  const out: FactMention[] = [];
  // The patterns are costly; most sentences hold neither fact. Each pattern needs its word in
  // lower case, so the sentence is searched as written, not lowered first.
  const citizenship = s.includes('citizen') || s.includes('national');
  const death = /kill|murder|slain|surviv|lost (?:his|her|their) li|убит|погиб|muri|muert|asesin|perdi|tué|assassin|mort|perdu la vie/.test(s);
  const taken: Array<[number, number]> = [];
  const pushCitizenship = (start: number, end: number, value: string, side: 'after' | 'before', subjectAt: number) => {
    if (taken.some(([a, b]) => start < b && end > a)) return;
    taken.push([start, end]);
    out.push({ start, end, attribute: 'citizenship', value, subjectAt, subjectSide: side });
  };
  for (const m of citizenship ? s.matchAll(CITIZENSHIP) : []) {
    const start = from + m.index!;
    const side = apposition(text, start) ? 'before' : 'after';
    pushCitizenship(start, start + m[1]!.length, nationalitiesOf(m[1]!.split('-')), side, side === 'before' ? start : start + m[0].length);
  }
  if (/citizenship|nationality|passport/.test(s)) {
    for (const m of s.matchAll(CITIZENSHIP_PAIR)) {
      const start = from + m.index!;
      pushCitizenship(start, start + m[0].length, nationalitiesOf([m[1]!, m[2]!]), 'before', start);
    }
  }
  if (s.includes('-')) {
    for (const m of s.matchAll(NATIONALITY_ADJ)) {
      const parts = m[1]!.split('-');
      // Only pairs of nationalities: "Russian-Israeli", not "Hamas-led" or "Dekel-Chen".
      if (!parts.every((p) => demonym(p) !== p.toLowerCase() || /^\p{Lu}\p{Ll}+(?:ian|i|ese|ish|an)$/u.test(p))) continue;
      const start = from + m.index!;
      const side = apposition(text, start) ? 'before' : 'after';
      pushCitizenship(start, start + m[1]!.length, nationalitiesOf(parts), side, side === 'before' ? start : start + m[0].length);
    }
  }
  // Spanish and French put the people's word after its noun: "un ciudadano ruso-israelí", "un
  // citoyen russo-israélien", "Trufanov, citoyen israélo-russe", "un Israélo-Russe de 29 ans".
  if (s.includes('-')) {
    for (const m of s.matchAll(NATIONALITY_AFTER_NOUN)) {
      const parts = m[1]!.split('-');
      if (parts.length < 2 || !parts.every((p) => demonym(p) !== p.toLowerCase())) continue;
      const at = from + m.index!;
      const start = at + m[0].length - m[1]!.length;
      const side = apposition(text, at) ? 'before' : 'after';
      pushCitizenship(start, start + m[1]!.length, nationalitiesOf(parts), side, side === 'before' ? at : start + m[1]!.length);
    }
  }
  for (const m of /life|perpetu|perpétuité|пожизненн/i.test(s) ? s.matchAll(LIFE_SENTENCE) : []) {
    const start = from + m.index!;
    out.push({ start, end: start + m[0].length, attribute: 'sentence', value: 'life', subjectAt: start, subjectSide: 'before' });
  }
  for (const m of death ? s.matchAll(KILLED_RU_ES) : []) {
    const start = from + m.index!;
    out.push({ start, end: start + m[0].length, attribute: 'killed', value: deathValue(m[0]), subjectAt: start, subjectSide: 'before' });
  }
  for (const m of death ? s.matchAll(KILLED) : []) {
    const start = from + m.index! + m[0].indexOf((m[1] ?? m[2])!);
    const end = from + m.index! + m[0].length;
    out.push({ start, end, attribute: 'killed', value: deathValue(m[0]), subjectAt: from + m.index!, subjectSide: 'before' });
  }
  return out;
}
