// What someone is charged with, accused of or convicted of: a checkable fact of any court story
// ("arrested on espionage charges", "обвиняемого в шпионаже", "condamné pour espionnage"). The
// offence is read as one class across languages, so that outlets compare whatever they write in.
// Knowledge of the languages is the table below; nothing here is tied to one story.
import { perWord } from './per-word';

/** Offence classes, each with the words that name it in the engine's languages (stems, lower case). */
const OFFENCES: Array<[string, RegExp]> = [
  ['espionage', /^(espionage|spying|шпионаж\p{L}*|шпигунств\p{L}*|espionaje|espionnage|spionage|spionaggio|espionagem|szpiegostw\p{L}*)$/u],
  ['treason', /^(treason|госизмен\p{L}*|держзрад\p{L}*|traición|trahison|hochverrat|landesverrat|tradimento|traição)$/u],
  ['terrorism', /^(terrorism|терроризм\p{L}*|тероризм\p{L}*|terrorismo|terrorisme|terrorismus)$/u],
  ['extremism', /^(extremism|экстремизм\p{L}*|екстремізм\p{L}*|extremismo|extrémisme|extremismus|estremismo)$/u],
  ['fraud', /^(fraud|мошенничеств\p{L}*|шахрайств\p{L}*|fraude|betrug\p{L}*|frode|truffa)$/u],
  ['bribery', /^(bribery|взяточничеств\p{L}*|хабарництв\p{L}*|soborno|cohecho|bestechung|concussione)$/u],
  ['embezzlement', /^(embezzlement|растрат\p{L}*|хищени\p{L}*|malversación|détournement|veruntreuung|peculato)$/u],
  ['money laundering', /^(laundering|отмывани\p{L}*|blanqueo|blanchiment|geldwäsche|riciclaggio|lavagem)$/u],
  ['sabotage', /^(sabotage|диверси\p{L}*|саботаж\p{L}*|sabotaje|sabotaggio|sabotagem)$/u],
  ['hooliganism', /^(hooliganism|хулиганств\p{L}*|хуліганств\p{L}*|vandalismo)$/u],
  ['conspiracy', /^(conspiracy|сговор\p{L}*|conspiración|conspiration|verschwörung|cospirazione)$/u],
  ['perjury', /^(perjury|лжесвидетельств\p{L}*|perjurio|parjure|meineid)$/u],
  ['obstruction', /^(obstruction)$/u],
];

// The offence is a charge only when the sentence says so: a word of accusing, arresting, trying
// or sentencing ("the war on terrorism" charges no one).
const CHARGE_CUES = new RegExp(
  '(?<!\\p{L})(charge|charged|charges|counts?|plead\\p{L}*|pled|accus\\p{L}*|convict\\p{L}*|guilty|suspicion|suspected|trial|indict\\p{L}*|alleg\\p{L}*|sentenc\\p{L}*|jailed|arrest\\p{L}*|detain\\p{L}*|case|' +
    'обвин\\p{L}*|подозр\\p{L}*|дел[оау]|осужд\\p{L}*|осуди\\p{L}*|приговор\\p{L}*|задерж\\p{L}*|арест\\p{L}*|статье|ст\\.|звинув\\p{L}*|засуд\\p{L}*|справ\\p{L}*|' +
    'acusad\\p{L}*|acusación|cargos?|condenad\\p{L}*|juicio|detenid\\p{L}*|sospech\\p{L}*|proceso|' +
    'accusé\\p{L}*|accusation|inculp\\p{L}*|condamn\\p{L}*|procès|soupçon\\p{L}*|' +
    'angeklagt|anklage|verurteilt|vorwurf|prozess|festgenommen|accusat\\p{L}*|condannat\\p{L}*|processo|arrestat\\p{L}*|preso|presa)(?!\\p{L})',
  'iu',
);

export interface ChargeMention {
  start: number;
  end: number;
  /** The offence's class, in English: "espionage". */
  offence: string;
}

const WORD = /[\p{L}]+/gu;
/** The offence class a lower-case word names, or null; each word is looked up once. */
const offenceOf = perWord((w: string): string | null => (w.length < 5 ? null : (OFFENCES.find(([, re]) => re.test(w))?.[0] ?? null)));

/** The offences a sentence (text[from, to)) charges someone with. */
export function findCharges(text: string, from: number, to: number): ChargeMention[] {
  const s = text.slice(from, to);
  if (!CHARGE_CUES.test(s)) return [];
  const out: ChargeMention[] = [];
  for (const m of s.matchAll(WORD)) {
    const offence = offenceOf(m[0].toLowerCase());
    if (offence) out.push({ start: from + m.index!, end: from + m.index! + m[0].length, offence });
  }
  return out;
}
