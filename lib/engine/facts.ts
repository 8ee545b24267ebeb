// Facts that are neither a number, a date nor a name but are still checkable across sources:
// a person's citizenship ("dual Russian-Israeli citizen") and a death ("was killed in the attack").
export interface FactMention {
  start: number;
  end: number;
  attribute: 'citizenship' | 'killed';
  /** Normalised value: the sorted nationalities, or the cause of death. */
  value: string;
  /** Offset where the fact's subject phrase is looked for. */
  subjectAt: number;
  subjectSide: 'after' | 'before';
}

const CITIZENSHIP = /\b((?:[A-Z][a-z]+-)+[A-Z][a-z]+|[A-Z][a-z]+(?:ian|i|ese|ish))\s+(?:dual\s+)?(citizen|national|citizens|nationals)\b/g;
const KILLED = /\b(?:was|were)\s+(?:reportedly\s+|also\s+|later\s+)?(killed|murdered|slain)\s+(?:in|during|on)\s+(?:the\s+|a\s+)?((?:[\w.’'-]+\s+){0,3}?(?:attack|assault|massacre|raid|incursion|rampage)|Oct(?:ober|\.)?\s+7)\b/g;
// Russian and Spanish: "был убит во время нападения", "murió en el ataque", "fue asesinado en el ataque".
const KILLED_RU_ES = /(?:был[аи]?\s+)?(убит[аы]?|погиб(?:ла|ли)?)\s+(?:во время|в ходе|при)\s+(нападени\p{L}*|атак\p{L}*|теракт\p{L}*)|(murió|murieron|fue asesinad[oa]|fueron asesinad[oa]s)\s+(?:en|durante)\s+(?:el|la)\s+(ataque|masacre|asalto)/gu;

export function findFacts(text: string, from: number, to: number): FactMention[] {
  const s = text.slice(from, to);
  const out: FactMention[] = [];
  // The patterns are costly; most sentences hold neither fact.
  const lower = s.toLowerCase();
  const citizenship = lower.includes('citizen') || lower.includes('national');
  const death = /kill|murder|slain|убит|погиб|muri|asesin/.test(lower);
  for (const m of citizenship ? s.matchAll(CITIZENSHIP) : []) {
    const nationalities = m[1]!.toLowerCase().split('-').sort().join('-');
    const start = from + m.index!;
    out.push({ start, end: start + m[1]!.length, attribute: 'citizenship', value: nationalities, subjectAt: start + m[0].length, subjectSide: 'after' });
  }
  for (const m of death ? s.matchAll(KILLED_RU_ES) : []) {
    const start = from + m.index!;
    out.push({ start, end: start + m[0].length, attribute: 'killed', value: 'attack', subjectAt: start, subjectSide: 'before' });
  }
  for (const m of death ? s.matchAll(KILLED) : []) {
    const start = from + m.index! + m[0].indexOf(m[1]!);
    const end = from + m.index! + m[0].length;
    out.push({ start, end, attribute: 'killed', value: 'attack', subjectAt: from + m.index!, subjectSide: 'before' });
  }
  return out;
}
