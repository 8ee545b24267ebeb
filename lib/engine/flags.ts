// The flag a ship flies: "the Panama-flagged container ship", "under the Panamanian flag", "de
// bandera panameña", "battant pavillon panaméen", "под флагом Панамы". Outlets name the country or
// its people's word in four languages; both are keyed by the first letters of the name folded to
// Latin ("panam" for Panama, Panamanian, panameña, panaméen, Панамы, панамским), which is enough to
// tell one flag agreed on. Agreement only: a story names many ships, and no sentence here says
// which one a flag is of.
import { cyrillicToLatin } from './cyrillic';

export interface FlagMention {
  start: number;
  end: number;
  /** The country's first letters, folded to Latin. */
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

const keyOf = (word: string): string => {
  const latin = /^[\u0400-\u04ff]/.test(word) ? cyrillicToLatin(word) : word;
  return latin.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().slice(0, 5);
};

/** The flags a sentence names, at [from, to) of the text. */
export function findFlags(text: string, from: number, to: number): FlagMention[] {
  const s = text.slice(from, to);
  if (!/flag|bandera|pavillon|флаг/i.test(s)) return [];
  const out: FlagMention[] = [];
  for (const re of FLAG_PATTERNS) {
    for (const m of s.matchAll(re)) {
      const word = m[1] ?? m[2]!;
      if (word.length < 4) continue;
      const start = from + m.index! + m[0].indexOf(word);
      if (out.some((f) => start < f.end && start + word.length > f.start)) continue;
      out.push({ start, end: start + word.length, value: keyOf(word) });
    }
  }
  return out;
}
