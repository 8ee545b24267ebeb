// A ship's voyage: the flag it flies ("the Panama-flagged container ship", "de bandera panameña",
// "battant pavillon panaméen", "под флагом Панамы") and the port it is bound for ("bound for
// Rotterdam", "rumbo a Róterdam", "à destination de Rotterdam", "направлявшийся в Роттердам").
// Outlets name a country, its people's word or a port in four languages and two scripts; each is
// keyed by the first letters of the name folded to Latin ("panam" for Panama, Panamanian,
// panameña, Панамы; "roter" for Rotterdam, Róterdam, Роттердам), which is enough to tell one value agreed
// on. Agreement only: a story names many ships, and no sentence here says which one it is of.
import { cyrillicToLatin } from './cyrillic';

export interface VoyageMention {
  attribute: 'flag' | 'destination';
  start: number;
  end: number;
  /** The name's first letters, folded to Latin. */
  value: string;
}

const FLAG_PATTERNS: RegExp[] = [
  // "Panama-flagged", "Liberian-flagged"
  /(?<![\p{L}-])(\p{Lu}\p{Ll}+)-flagged(?![\p{L}-])/gu,
  // "under the Panamanian flag", "flying the flag of Panama", "flagged in Panama", "registered in Panama"
  /\bunder (?:the|a) (\p{Lu}\p{Ll}+) flag\b/gu,
  /\bflying the flag of (\p{Lu}\p{Ll}+)/gu,
  /\b(?:flagged|registered) in (\p{Lu}\p{Ll}+)/gu,
  // "de bandera panameña", "con bandera de Panamá", "bajo bandera panameña"
  /\b(?:de|con|bajo) (?:la )?bandera (?:de )?(\p{L}+)/gu,
  // "battant pavillon panaméen", "sous pavillon panaméen", "pavillon du Panama"
  /\b(?:battant|sous) pavillon (?:du |de |des )?(\p{L}+)/gu,
  // "под флагом Панамы", "под панамским флагом"
  /(?<!\p{L})под (?:флагом (\p{L}+)|(\p{L}+) флагом)/gu,
];

const DESTINATION_PATTERNS: RegExp[] = [
  // "bound for Rotterdam", "en route to Rotterdam", "heading to Rotterdam", "on its way to … Rotterdam"
  /\b(?:bound for|en route to|heading (?:for|to)|headed (?:for|to)|on its way to|voyage to)(?: the (?:Dutch )?port of)? (\p{Lu}\p{Ll}+)/gu,
  // "rumbo a Róterdam", "con destino a Rotterdam", "se dirigía a Róterdam"
  /\b(?:rumbo a|con destino a|se dirigía a|camino a)(?: el puerto de)? (\p{Lu}\p{Ll}+)/gu,
  // "à destination de Rotterdam", "en route vers Rotterdam", "vers le port de Rotterdam"
  /(?:à destination de|en route vers|faisait route vers|vers le port de) (\p{Lu}\p{Ll}+)/gu,
  // "направлявшийся в Роттердам", "шел в Роттердам", "следовал в порт Роттердам", "путь в Роттердам"
  /(?<!\p{L})(?:направлял\p{L}*|следовал\p{L}*|шел|шёл|шло|путь) (?:из \p{L}+ )?(?:в|к) (?:порт )?(\p{Lu}\p{Ll}+)/gu,
];

const keyOf = (word: string): string => {
  const latin = /^[\u0400-\u04ff]/.test(word) ? cyrillicToLatin(word) : word;
  // Doubled letters written once ("Rotterdam" / "Róterdam").
  return latin.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/(\p{L})\1/gu, '$1').slice(0, 5);
};

/** The flags and destinations a sentence names, at [from, to) of the text. */
export function findVoyageFacts(text: string, from: number, to: number): VoyageMention[] {
  const s = text.slice(from, to);
  const out: VoyageMention[] = [];
  const read = (attribute: VoyageMention['attribute'], patterns: RegExp[]) => {
    for (const re of patterns) {
      for (const m of s.matchAll(re)) {
        const word = m[1] ?? m[2]!;
        if (word.length < 4) continue;
        const start = from + m.index! + m[0].lastIndexOf(word);
        if (out.some((f) => start < f.end && start + word.length > f.start)) continue;
        out.push({ attribute, start, end: start + word.length, value: keyOf(word) });
      }
    }
  };
  if (/flag|bandera|pavillon|флаг/i.test(s)) read('flag', FLAG_PATTERNS);
  read('destination', DESTINATION_PATTERNS);
  return out;
}
