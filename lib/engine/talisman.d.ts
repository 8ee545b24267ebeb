// talisman ships no type declarations for its per-function modules.
declare module 'talisman/phonetics/double-metaphone' {
  export default function doubleMetaphone(word: string): [string, string];
}
declare module 'talisman/metrics/jaro-winkler' {
  export default function jaroWinkler(a: string, b: string): number;
}
declare module 'cyrillic-to-translit-js' {
  export default function cyrillicToTranslit(config?: { preset?: 'ru' | 'uk' | 'mn' }): {
    transform(input: string, spaceReplacement?: string): string;
    reverse(input: string, spaceReplacement?: string): string;
  };
}
