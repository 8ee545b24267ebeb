// Units of measure with their dimension and a factor to the dimension's base unit, in English,
// Russian, Spanish and French, so that "1,200 feet" and "366 meters", or "1 hour and 45 minutes" and
// "105 minutes", compare as one value. Currencies are kept apart by symbol: dollars are never
// converted into euros.

export type Dimension = 'length' | 'duration' | 'mass' | 'area' | 'speed' | 'percent' | 'money';

export interface Unit {
  dimension: Dimension;
  /** Base units per unit: metres, days, kilograms, square metres, km/h, percentage points, currency units. */
  factor: number;
  /** For money, the currency ('USD', 'EUR', …); the dimension otherwise. */
  name: string;
}

const U = (dimension: Dimension, factor: number, name: string = dimension): Unit => ({ dimension, factor, name });

// Whole lower-case tokens. Prefix entries (ending in *) cover inflected Russian and Spanish forms.
const UNITS: Record<string, Unit> = {
  // Length, in metres.
  mile: U('length', 1609.344), miles: U('length', 1609.344), mi: U('length', 1609.344),
  foot: U('length', 0.3048), feet: U('length', 0.3048), ft: U('length', 0.3048),
  yard: U('length', 0.9144), yards: U('length', 0.9144), yd: U('length', 0.9144),
  inch: U('length', 0.0254), inches: U('length', 0.0254),
  meter: U('length', 1), meters: U('length', 1), metre: U('length', 1), metres: U('length', 1), m: U('length', 1),
  kilometer: U('length', 1000), kilometers: U('length', 1000), kilometre: U('length', 1000), kilometres: U('length', 1000), km: U('length', 1000),
  centimeters: U('length', 0.01), centimetres: U('length', 0.01), cm: U('length', 0.01),
  // "400 м длиной": the Cyrillic abbreviation of metres (millions are "млн", minutes "мин").
  'м': U('length', 1), 'км': U('length', 1000), 'метр*': U('length', 1), 'километр*': U('length', 1000), 'миль*': U('length', 1609.344), 'фут*': U('length', 0.3048),
  'metros': U('length', 1), 'metro': U('length', 1), 'kilómetro*': U('length', 1000), 'millas': U('length', 1609.344), 'pies': U('length', 0.3048),
  'mètre*': U('length', 1), 'kilomètre*': U('length', 1000), 'milles': U('length', 1609.344), 'pieds': U('length', 0.3048),
  // Duration, in days.
  second: U('duration', 1 / 86400), seconds: U('duration', 1 / 86400),
  minute: U('duration', 1 / 1440), minutes: U('duration', 1 / 1440), min: U('duration', 1 / 1440),
  hour: U('duration', 1 / 24), hours: U('duration', 1 / 24), hrs: U('duration', 1 / 24),
  day: U('duration', 1), days: U('duration', 1),
  week: U('duration', 7), weeks: U('duration', 7),
  month: U('duration', 30.44), months: U('duration', 30.44),
  year: U('duration', 365.25), years: U('duration', 365.25),
  decade: U('duration', 3652.5), decades: U('duration', 3652.5), 'décennie*': U('duration', 3652.5), 'década*': U('duration', 3652.5),
  'decenio*': U('duration', 3652.5), 'десятилет*': U('duration', 3652.5),
  'секунд*': U('duration', 1 / 86400), 'минут*': U('duration', 1 / 1440), 'час*': U('duration', 1 / 24), 'день': U('duration', 1),
  'дня': U('duration', 1), 'дней': U('duration', 1), 'недел*': U('duration', 7), 'месяц*': U('duration', 30.44), 'год': U('duration', 365.25),
  'года': U('duration', 365.25), 'лет': U('duration', 365.25), 'годам': U('duration', 365.25), 'годами': U('duration', 365.25), 'годах': U('duration', 365.25),
  'segundos': U('duration', 1 / 86400), 'minutos': U('duration', 1 / 1440), 'minuto': U('duration', 1 / 1440), 'horas': U('duration', 1 / 24),
  'hora': U('duration', 1 / 24), 'días': U('duration', 1), 'día': U('duration', 1), 'semanas': U('duration', 7), 'semana': U('duration', 7),
  'meses': U('duration', 30.44), 'mes': U('duration', 30.44), 'años': U('duration', 365.25), 'año': U('duration', 365.25),
  'secondes': U('duration', 1 / 86400), 'heure': U('duration', 1 / 24), 'heures': U('duration', 1 / 24), 'jour': U('duration', 1), 'jours': U('duration', 1),
  'semaine': U('duration', 7), 'semaines': U('duration', 7), 'mois': U('duration', 30.44), 'ans': U('duration', 365.25),
  'année*': U('duration', 365.25),
  // Mass, in kilograms.
  pound: U('mass', 0.4536), pounds: U('mass', 0.4536), lb: U('mass', 0.4536), lbs: U('mass', 0.4536),
  kilogram: U('mass', 1), kilograms: U('mass', 1), kg: U('mass', 1), ton: U('mass', 907.2), tons: U('mass', 907.2),
  tonne: U('mass', 1000), tonnes: U('mass', 1000), 'кг': U('mass', 1), 'тонн*': U('mass', 1000), 'kilos': U('mass', 1), 'toneladas': U('mass', 1000),
  // Area, in square metres (the two-word forms are read by the caller).
  acre: U('area', 4046.86), acres: U('area', 4046.86), hectare: U('area', 1e4), hectares: U('area', 1e4),
  // Speed, in km/h.
  mph: U('speed', 1.609344), knots: U('speed', 1.852), 'km/h': U('speed', 1),
  // Shares.
  percent: U('percent', 1), '%': U('percent', 1), 'процент*': U('percent', 1),
  // Currencies written as words after the figure.
  dollars: U('money', 1, 'USD'), dollar: U('money', 1, 'USD'), euros: U('money', 1, 'EUR'), euro: U('money', 1, 'EUR'),
  'рубл*': U('money', 1, 'RUB'), 'долл*': U('money', 1, 'USD'), 'dólares': U('money', 1, 'USD'), 'shekels': U('money', 1, 'ILS'),
  'евро': U('money', 1, 'EUR'), 'шекел*': U('money', 1, 'ILS'), 'dólar': U('money', 1, 'USD'),
};

const EXACT = new Map<string, Unit>();
const PREFIX: Array<[string, Unit]> = [];
for (const [k, u] of Object.entries(UNITS)) {
  if (k.endsWith('*')) PREFIX.push([k.slice(0, -1), u]);
  else EXACT.set(k, u);
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;
const MEASURED_DIMENSION = /^(\p{L}+)-(long|wide|high|tall|deep|thick)$/u;

/** The unit a lower-case token names, if any. */
export function unitOf(lower: string): Unit | undefined {
  const u = EXACT.get(lower);
  if (u) return u;
  // "400 metre-long", "a mile-wide": a length unit joined to the dimension it measures.
  const joined = MEASURED_DIMENSION.exec(lower);
  if (joined) {
    const base = unitOf(joined[1]!);
    return base?.dimension === 'length' ? base : undefined;
  }
  // Prefixes are Cyrillic or accented stems ("километр*", "kilómetro*"), never plain ASCII words.
  if (lower.length < 3 || ASCII_ONLY.test(lower)) return undefined;
  for (const [p, unit] of PREFIX) if (lower.startsWith(p)) return unit;
  return undefined;
}

/** Currency symbols written before the figure ("$5.7 billion", "€3m"). */
// A Map: looking up a word that is no symbol ("constructor") must find nothing.
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['₽', 'RUB'], ['₪', 'ILS'], ['¥', 'JPY']]);

/** Scale words and suffixes: "5.7 billion", "$8B", "$3m", "5 млрд". */
export const SCALES: Record<string, number> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9, tn: 1e12,
  'тысяч': 1e3, 'тысячи': 1e3, 'тысяча': 1e3, 'тыс': 1e3, 'млн': 1e6, 'миллион': 1e6, 'миллиона': 1e6, 'миллионов': 1e6, 'млрд': 1e9,
  'миллиард': 1e9, 'миллиарда': 1e9, 'миллиардов': 1e9, mil: 1e3, millones: 1e6, 'millón': 1e6, 'millardos': 1e9,
  mille: 1e3, millions: 1e6, milliard: 1e9, milliards: 1e9,
};
