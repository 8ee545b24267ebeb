// General news vocabulary: which words signal which kind of event, what a number counts,
// how a figure is hedged. English, Russian, Spanish and French. Nothing here is specific to one story.
import { isDemonym } from './demonyms';

export type EventClass =
  | 'attack'
  | 'killed'
  | 'abducted'
  | 'released'
  | 'captivity'
  | 'remaining'
  | 'meeting'
  | 'emigration'
  | 'born'
  | 'publication'
  | 'truce'
  | 'war';

interface Trigger {
  /** Matches a lower-case token (prefix match when the pattern ends with *). */
  pattern: string;
  event: EventClass;
  /** Verbs outrank nouns when both are near a date: the date usually modifies the verb. */
  pos: 'verb' | 'noun' | 'adj';
}

const T = (event: EventClass, pos: Trigger['pos'], ...patterns: string[]): Trigger[] =>
  patterns.map((pattern) => ({ pattern, event, pos }));

const TRIGGERS: Trigger[] = [
  ...T('killed', 'verb', 'kill', 'kills', 'killed', 'killing', 'died', 'die', 'dies', 'perished', 'murdered',
    'убит*', 'убил*', 'погиб*', 'умер', 'умерла', 'умерли', 'скончал*', 'muri*', 'muert*', 'falleció', 'fallecieron', 'fallece', 'asesin*', 'mataron', 'matado',
    'tué', 'tués', 'tuée', 'tuées', 'mort', 'morte', 'morts', 'mortes', 'décédé', 'décédée', 'décédés', 'assassin*'),
  ...T('killed', 'noun', 'dead', 'deaths', 'death', 'fatalities', 'victims', 'toll', 'жертв*', 'погибш*', 'víctimas', 'fallecid*', 'victimes', 'décès', 'bilan',
    // "claimed the lives of 1,200 people", "унесло жизни 1200 человек", "costó la vida a…", "a coûté la vie à…" (see NEEDS_BEFORE).
    'lives', 'life', 'жизни', 'жизнь', 'vidas', 'vida', 'vies', 'vie'),
  ...T('abducted', 'verb', 'abduct', 'abducted', 'abducting', 'kidnapped', 'kidnapping', 'captured', 'seized', 'taken',
    'похитил*', 'похищен*', 'захвачен*', 'захватил*', 'уведен*', 'угнан*', 'secuestr*', 'capturad*', 'enlevé', 'enlevés', 'enlevée', 'enlevées', 'kidnappé*'),
  ...T('abducted', 'noun', 'abductions', 'abduction', 'kidnappings', 'похищени*', 'secuestro*', 'enlèvement*'),
  ...T('released', 'verb', 'released', 'release', 'releasing', 'freed', 'liberated', 'освобожд*', 'освобожден*', 'освобождён*', 'освободил*',
    'liberad*', 'liberó', 'liberaron', 'excarcelad*', 'excarceló', 'excarcelaron', 'excarcela', 'libéré*', 'relâché*'),
  ...T('released', 'noun', 'release', 'liberation', 'handover', 'освобождени*', 'liberación', 'libération'),
  ...T('captivity', 'noun', 'captivity', 'captive', 'held', 'плен*', 'cautiverio', 'cautivo*', 'captivité', 'détenu*'),
  ...T('remaining', 'verb', 'remain', 'remains', 'remaining', 'остаются', 'остается', 'остаётся', 'оставались', 'остаются',
    'permanecen', 'permanecían', 'siguen', 'seguían', 'quedan', 'quedaban', 'restent', 'restants'),
  ...T('meeting', 'verb', 'met', 'meet', 'meets', 'meeting', 'received', 'receives', 'hosted', 'hosts', 'welcomed', 'visited',
    'встретил*', 'встречает*', 'принял', 'принимает', 'reunió', 'recibió', 'recibe', 'se reúne', 'rencontré*', 'reçu*'),
  ...T('meeting', 'noun', 'meeting', 'talks', 'visit', 'reception', 'встреч*', 'reunión', 'visita', 'rencontre', 'entretien'),
  ...T('emigration', 'verb', 'emigrated', 'immigrated', 'moved', 'repatriated', 'эмигрировал*', 'переехал*', 'репатриировал*', 'emigr*', 'inmigr*'),
  ...T('emigration', 'noun', 'emigration', 'immigration', 'aliyah'),
  ...T('born', 'verb', 'born', 'родил*', 'nació', 'nacido', 'né', 'née'),
  ...T('attack', 'verb', 'stormed', 'attacked', 'invaded', 'overran', 'infiltrated', 'напали', 'атаковали', 'ворвались',
    'atacaron', 'irrumpieron', 'asaltaron', 'attaqué*'),
  ...T('attack', 'noun', 'attack', 'assault', 'incursion', 'raid', 'massacre', 'onslaught', 'rampage',
    'нападени*', 'атак*', 'вторжени*', 'ataque', 'asalto', 'masacre', 'attaque', 'attentat', 'massacre'),
  ...T('truce', 'noun', 'truce', 'ceasefire', 'cease-fire', 'pause', 'перемири*', 'tregua', 'alto el fuego', 'trêve', 'cessez-le-feu'),
  ...T('war', 'noun', 'war', 'operation', 'operations', 'offensive', 'strikes', 'airstrikes', 'bombardment', 'fighting', 'campaign',
    'войн*', 'операци*', 'guerra', 'ofensiva', 'operación', 'operaciones', 'guerre', 'offensive', 'opération'),
];

const exact = new Map<string, Trigger[]>();
const prefixes: Trigger[] = [];
for (const t of TRIGGERS) {
  if (t.pattern.endsWith('*')) prefixes.push(t);
  else exact.set(t.pattern, [...(exact.get(t.pattern) ?? []), t]);
}

const triggerCache = new Map<string, Trigger[]>();
const NONE: Trigger[] = [];

export function triggersOf(lower: string): Trigger[] {
  const cached = triggerCache.get(lower);
  if (cached) return cached;
  const found = exact.get(lower) ?? NONE;
  const byPrefix = prefixes.filter((t) => lower.startsWith(t.pattern.slice(0, -1)));
  const result = byPrefix.length ? [...found, ...byPrefix] : found;
  if (triggerCache.size > 50000) triggerCache.clear();
  triggerCache.set(lower, result);
  return result;
}

/** "taken" alone means nothing; "taken hostage/captive", "taken into captivity" mean abducted (tested on the next two words). */
export const NEEDS_NEXT: Record<string, RegExp> = {
  taken: /^(?:(?:hostages?|captives?|prisoners?)(?: |$)|into captivity$)/,
};

/**
 * Words that name an event only after a verb of taking within the two words before them: "lives"
 * are deaths in "claimed the lives of", "took the lives", "унесло жизни", "se cobró la vida",
 * "a coûté la vie", not in "changed the lives of" or "en la vida".
 */
const TAKING_LIFE = /^(claim\p{L}*|took|take|takes|taking|taken|cost|costs|costing|унес\p{L}*|унёс\p{L}*|стоил\p{L}*|cobr\p{L}*|cost[óa]\p{L}*|coût\p{L}*)$/u;
export const NEEDS_BEFORE: Record<string, RegExp> = {
  lives: TAKING_LIFE, life: TAKING_LIFE, жизни: TAKING_LIFE, жизнь: TAKING_LIFE, vidas: TAKING_LIFE, vida: TAKING_LIFE, vies: TAKING_LIFE, vie: TAKING_LIFE,
};

/** After "released", these objects make it a publication ("released a video"), not a release of people. */
export const PUBLICATION_OBJECTS = new Set([
  'video', 'videos', 'statement', 'report', 'footage', 'images', 'photos', 'photo', 'picture', 'pictures', 'list', 'figures', 'data',
  'recording', 'clip', 'names', 'name', 'details', 'identities', 'letter', 'message', 'audio', 'document', 'documents', 'update',
  'видео', 'заявление', 'имена', 'список', 'vídeo', 'comunicado', 'nombres', 'lista', 'vidéo', 'communiqué', 'noms', 'liste',
]);

export const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'our']);

/** Words that hedge the number that follows them. */
export const HEDGES_BEFORE: Array<[RegExp, 'approx' | 'over' | 'atLeast' | 'under' | 'atMost' | 'almost']> = [
  [/^(about|around|approximately|roughly|some|nearly\s*$|an estimated|estimated|circa|c\.|около|примерно|порядка|почти|alrededor de|aproximadamente|unos|unas|cerca de|environ|quelque|quelques|près de|une vingtaine de)$/, 'approx'],
  [/^(more than|over|above|upwards of|in excess of|exceeding|более|больше|свыше|более чем|más de|plus de|plus)$/, 'over'],
  [/^(at least|no fewer than|no less than|не менее|как минимум|al menos|por lo menos|au moins)$/, 'atLeast'],
  [/^(fewer than|less than|under|below|менее|меньше|menos de|moins de|moins)$/, 'under'],
  [/^(at most|up to|no more than|не более|до|hasta|jusqu'à|jusqu’à)$/, 'atMost'],
  [/^(almost|nearly|close to|just under|почти|casi|presque)$/, 'almost'],
];

/** Nouns a count can be of, folded to a unit class. Order matters: first match wins. */
export const UNIT_NOUNS: Array<[RegExp, string]> = [
  [/^(days?|дн(я|ей|ь)|день|días?|jours?)$/u, 'days'],
  [/^(weeks?|недел\p{L}*|semanas?|semaines?)$/u, 'weeks'],
  [/^(months?|месяц\p{L}*|meses|mes|mois)$/u, 'months'],
  [/^(years?|лет|год\p{L}*|años?|ans|années?)$/u, 'years'],
  [/^(hostages?|captives?|abductees?|заложник\p{L}*|rehenes|rehén|otages?)$/u, 'hostages'],
  [/^(people|persons?|individuals|civilians|residents|palestinians|israelis|russians|nationals|citizens|children|women|men|soldiers|troops|deaths|fatalities|casualties|victims|abductions|dead|человек|погибш\p{L}*|жертв\p{L}*|граждан\p{L}*|палестинц\p{L}*|израильтян\p{L}*|personas|civiles|palestinos|israelíes|muertos|muertes|víctimas|fallecidos|ciudadanos|personnes|civils|palestiniens|israéliens|morts|victimes|décès|citoyens)$/u, 'people'],
  [/^(percent|%|процент\p{L}*|por ciento|pour cent)$/u, 'percent'],
  [/^(dollars|\$|euros|рубл\p{L}*|dólares)$/u, 'money'],
];

/** Group words that narrow who is counted ("Palestinian fatalities", "Russian nationals"). */
// Any people by its country (demonyms.ts: "Palestinians", "Mexican", "US-Israeli"), "foreign",
// and the commonest in Russian and Spanish, which write them in lower case and decline them.
const GROUP_WORD_RU_ES = /^(foreign|палестин\p{L}*|израил\p{L}*|российск\p{L}*|русск\p{L}*|американ\p{L}*|украин\p{L}*|palestin\p{L}*|israel\p{L}*|rus[oa]s?|estadounidenses?|ucranian[oa]s?)$/u;
// "Hamas-led", "Moscow-based" describe an agent, not the group a figure counts.
export const GROUP_WORD = { test: (w: string): boolean => GROUP_WORD_RU_ES.test(w) || (isDemonym(w) && !/-(?:\p{L}+ed|born|based)$/u.test(w)) };

/** Qualifiers that make two counts different things ("two OTHER hostages", hostages still ALIVE). */
export const QUALIFIER_WORD = /^(other|others|alive|living|additional|живых|других|otros|otras|vivos|autres|vivants)$/;

// Kin words in four languages, each with the English word it is compared as.
const KIN: Record<string, string> = {
  mother: 'mother', mom: 'mother', мать: 'mother', мама: 'mother', madre: 'mother', mère: 'mother',
  father: 'father', dad: 'father', отец: 'father', папа: 'father', padre: 'father', père: 'father',
  grandmother: 'grandmother', бабушка: 'grandmother', abuela: 'grandmother', 'grand-mère': 'grandmother',
  grandfather: 'grandfather', дедушка: 'grandfather', abuelo: 'grandfather', 'grand-père': 'grandfather',
  girlfriend: 'partner', boyfriend: 'partner', partner: 'partner', fiancée: 'partner', fiancee: 'partner', fiancé: 'partner', fiance: 'partner',
  невеста: 'partner', подруга: 'partner', novia: 'partner', prometida: 'partner', novio: 'partner', compagne: 'partner',
  wife: 'wife', жена: 'wife', esposa: 'wife', épouse: 'wife', husband: 'husband', муж: 'husband', esposo: 'husband', mari: 'husband',
  son: 'son', сын: 'son', hijo: 'son', fils: 'son', daughter: 'daughter', дочь: 'daughter', hija: 'daughter', fille: 'daughter',
  brother: 'brother', брат: 'brother', hermano: 'brother', frère: 'brother', sister: 'sister', сестра: 'sister', hermana: 'sister', sœur: 'sister',
  uncle: 'uncle', aunt: 'aunt', cousin: 'cousin',
  // Russian kin words in the cases a name after them takes ("с матерью Еленой", "бабушкой Ириной").
  матери: 'mother', матерью: 'mother', мамой: 'mother', мамы: 'mother', отца: 'father', отцом: 'father', отцу: 'father',
  бабушки: 'grandmother', бабушкой: 'grandmother', бабушке: 'grandmother', дедушки: 'grandfather', дедушкой: 'grandfather',
  невесты: 'partner', невестой: 'partner', невесте: 'partner', девушкой: 'partner', девушки: 'partner', подругой: 'partner',
  жены: 'wife', женой: 'wife', мужа: 'husband', мужем: 'husband', сына: 'son', сыном: 'son', дочери: 'daughter', дочерью: 'daughter',
  брата: 'brother', братом: 'brother', сестры: 'sister', сестрой: 'sister',
};
export const KIN_WORDS = new Set(Object.keys(KIN));
/** "kin:mother" for mother, мать and madre alike. */
export const kinKey = (lower: string): string => 'kin:' + (KIN[lower] ?? lower);

export const GROUP_SUBJECTS = new Set([
  'women', 'family', 'families', 'hostages', 'captives', 'people', 'members', 'relatives', 'children', 'they', 'them', 'those', 'others',
  'женщины', 'семья', 'заложники', 'mujeres', 'familia', 'rehenes', 'femmes', 'famille', 'otages',
]);

const NUMBER_WORDS_EN: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12, dozens: 24, hundred: 100, hundreds: 200,
  // Plurals of a scale: two of it at least ("thousands of people" spans 2,000 to 9,999).
  thousands: 2000, millions: 2e6, billions: 2e9,
};
const NUMBER_WORDS_RU: Record<string, number> = {
  один: 1, одна: 1, два: 2, две: 2, двое: 2, три: 3, трое: 3, четыре: 4, четверо: 4, пять: 5, пятеро: 5, шесть: 6, семь: 7,
  восемь: 8, девять: 9, десять: 10, двух: 2, трех: 3, трёх: 3, одиннадцать: 11, двенадцать: 12, тринадцать: 13,
  четырнадцать: 14, пятнадцать: 15, шестнадцать: 16, семнадцать: 17, восемнадцать: 18, девятнадцать: 19, двадцать: 20,
  тридцать: 30, сорок: 40, пятьдесят: 50, шестьдесят: 60, семьдесят: 70, восемьдесят: 80, девяносто: 90, сто: 100,
  // The oblique cases a count takes after a preposition or a verb ("двух из шести рабочих", "с тремя заложниками").
  двум: 2, двумя: 2, двоих: 2, трем: 3, трём: 3, тремя: 3, троих: 3, четырех: 4, четырёх: 4, четырем: 4, четырём: 4, четырьмя: 4,
  четверых: 4, пяти: 5, пятью: 5, пятерых: 5, шести: 6, шестью: 6, шестеро: 6, шестерых: 6, семи: 7, семеро: 7, восьми: 8,
  девяти: 9, десяти: 10,
};
const NUMBER_WORDS_ES: Record<string, number> = {
  uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12,
  trece: 13, catorce: 14, quince: 15, dieciséis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20, treinta: 30,
  cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90, cien: 100,
  veintiuno: 21, veintidós: 22, veintitrés: 23, veinticuatro: 24, veinticinco: 25, veintiséis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29,
};
const NUMBER_WORDS_FR: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14,
  quinze: 15, seize: 16, 'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  dizaine: 10, douzaine: 12, centaine: 100,
};

/**
 * Number words that are also common words of another language ("one of them", the Spanish and
 * Russian articles, the English "once" and "seize"): read as figures only right before a unit
 * or counted noun ("seize ans", "once años").
 */
export const ONLY_BEFORE_UNIT = new Set(['one', 'un', 'une', 'una', 'uno', 'один', 'одна', 'одно', 'once', 'seize']);

// A Map, not an object: "constructor" must not read as a number, and look-ups stay fast.
// French "six" is the English word; "sept" and "cent" are left out (Sept. 11, a cent); Spanish
// "una" and French "un(e)" are read only before a unit (measures.ts).
const NUMBER_WORDS = new Map<string, number>([...Object.entries(NUMBER_WORDS_FR), ...Object.entries(NUMBER_WORDS_EN), ...Object.entries(NUMBER_WORDS_RU), ...Object.entries(NUMBER_WORDS_ES)]);

export function numberWord(lower: string): number | undefined {
  const n = NUMBER_WORDS.get(lower);
  if (n !== undefined) return n;
  if (!lower.includes('-')) return undefined;
  // "one-hundred", "two-dozen": a figure of a scale in one word.
  const scaled = /^([a-z]+)-(hundred|dozen)$/.exec(lower);
  if (scaled) {
    const n = NUMBER_WORDS.get(scaled[1]!);
    return n !== undefined && n >= 1 && n < 10 ? n * (scaled[2] === 'hundred' ? 100 : 12) : undefined;
  }
  // "seventy-three", "vingt-deux"
  const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|vingt|trente|quarante|cinquante|soixante)-(one|two|three|four|five|six|seven|eight|nine|deux|trois|quatre|cinq|six|sept|huit|neuf)$/.exec(lower);
  if (!m) return undefined;
  const unit = m[2] === 'sept' ? 7 : m[2] === 'six' ? 6 : NUMBER_WORDS.get(m[2]!)!;
  return NUMBER_WORDS.get(m[1]!)! + unit;
}

/** Words between a figure and its noun that make it a part of another count ("19 other states", "seis otros trabajadores"). */
export const PART_WORDS = /^(other|more|additional|further|otros|otras|autres)$/;

export const SCALE_WORDS: Record<string, number> = {
  thousand: 1e3, million: 1e6, billion: 1e9, тысяч: 1e3, тысячи: 1e3, тысяча: 1e3, млн: 1e6, миллион: 1e6, миллиона: 1e6, mil: 1e3, millones: 1e6, millón: 1e6,
  mille: 1e3, millions: 1e6, milliard: 1e9, milliards: 1e9,
};

/**
 * Nouns that count people, whatever role they name: counts of them share one measure
 * ('count:person'), and the noun itself stays among the words that align two figures.
 */
export const PERSON_NOUNS = new Set([
  'people', 'persons', 'person', 'individuals', 'men', 'women', 'children', 'boys', 'girls', 'adults', 'teenagers', 'residents', 'citizens',
  'civilians', 'voters', 'workers', 'employees', 'staff', 'staffers', 'officials', 'officers', 'troops', 'soldiers', 'sources', 'members',
  'lawmakers', 'senators', 'representatives', 'democrats', 'republicans', 'victims', 'survivors', 'witnesses', 'patients', 'students',
  'immigrants', 'migrants', 'refugees', 'prisoners', 'detainees', 'hostages', 'captives', 'suspects', 'relatives', 'protesters', 'passengers',
  'contractors', 'agents', 'americans', 'journalists', 'reporters', 'delegates', 'candidates', 'donors', 'supporters', 'critics', 'others',
  'человек', 'людей', 'жителей', 'граждан', 'personas', 'ciudadanos', 'civiles', 'trabajadores', 'votantes',
  'presos', 'prisioneros', 'detenidos', 'reclusos', 'rehenes', 'soldados', 'niños', 'mujeres', 'hombres', 'víctimas', 'muertos',
  'heridos', 'habitantes', 'residentes', 'miembros', 'funcionarios', 'periodistas', 'palestinos', 'israelíes', 'estadounidenses',
  'personnes', 'prisonniers', 'détenus', 'otages', 'civils', 'enfants', 'femmes', 'hommes', 'soldats', 'habitants', 'victimes',
  'morts', 'blessés', 'membres', 'journalistes', 'palestiniens', 'israéliens', 'américains', 'électeurs', 'manifestants',
  // Groups of a disaster or a rescue: the trapped, the players, those who went in for them.
  'kids', 'teens', 'youths', 'youngsters', 'minors', 'pupils', 'schoolchildren', 'schoolboys', 'schoolgirls', 'players', 'footballers', 'divers', 'rescuers',
  'miners', 'climbers', 'tourists', 'sailors', 'crew', 'firefighters', 'volunteers',
  'menores', 'chicos', 'niñas', 'jóvenes', 'adolescentes', 'alumnos', 'estudiantes', 'jugadores', 'futbolistas', 'buzos', 'rescatistas',
  'socorristas', 'mineros', 'turistas', 'bomberos', 'voluntarios',
  'adolescents', 'garçons', 'filles', 'jeunes', 'mineurs', 'élèves', 'joueurs', 'footballeurs', 'plongeurs', 'secouristes', 'sauveteurs',
  'touristes', 'pompiers', 'bénévoles',
  'pasajeros', 'tripulantes', 'passagers',
  // Workers in the other languages: "seis operarios", "six ouvriers", "шесть рабочих".
  'operarios', 'obreros', 'empleados', 'ouvriers', 'travailleurs', 'employés', 'salariés', 'рабочих', 'рабочие', 'работников',
]);

/** Russian nouns of people, by stem, so that every case form counts: "заключённых", "заложников", "палестинцев". */
export const PERSON_STEMS_RU = /^(человек|люд|жител|граждан|заключ[её]нн|пленн|заложник|палестинц|израильтян|россиян|американц|итальянц|британц|француз|немц|иностранц|украинц|дет|женщин|мужчин|военн|солдат|жертв|ранен|погибш|участник|сотрудник|журналист|избирател|депутат|бойц|боевик|подрост|мальчик|девоч|школьник|ребен|ребят|футболист|игрок|спасател|водолаз|дайвер|турист|шахт[её]р|горняк|ученик|пожарн|волонт[её]р|пассажир)/;


/**
 * Verbs of saying and announcing: a date beside one ("said on Saturday that he died", "On
 * February 17, the authorities confirmed his death") dates the report, not the event reported.
 */
export const REPORT_VERBS = /^(said|says|told|tells|announced|announces|confirmed|confirms|reported|reports|stated|declared|wrote|заявил[аио]?|сообщил[аио]?|подтвердил[аио]?|объявил[аио]?|рассказал[аио]?|написал[аио]?|dijo|anunció|confirmó|informó|declaró|afirmó|señaló|annoncé|confirmé|déclaré|indiqué|affirmé|sagte|erklärte|bestätigte|teilte)$/;

// Words that open a body's name in Spanish and French, never a person's ("Movimiento de
// Resistencia Islámica", "Frente Popular", "Parti socialiste").
export const BODY_OPENERS: ReadonlySet<string> = new Set(['movimiento', 'mouvement', 'frente', 'front', 'organización', 'organisation', 'partido', 'parti', 'consejo', 'conseil']);

/** Last words of a body's name ("the Sverdlovsk Regional Court"): the capitals before them are the body's, not a person's. */
export const BODY_HEADS: ReadonlySet<string> = new Set(['court', 'committee', 'council', 'commission', 'university', 'ministry', 'department', 'agency', 'office',
  'service', 'assembly', 'parliament', 'tribunal', 'bureau', 'authority', 'board', 'institute', 'foundation', 'corporation', 'association', 'hospital']);

/** Nouns of one person a description of the article's person is made of: "the reporter", "un citoyen", "el periodista". */
export const ONE_PERSON_NOUNS = /^(journalist|journaliste|periodista|reporter|correspondent|correspondant|corresponsal|reporter[oa]|engineer|ingénieur|ingeniero|инженер|hostage|otage|rehén|заложник|prisoner|prisonnier|detainee|citizen|citoyen|citoyenne|ciudadan[oa]|гражданин|américain|estadounidense|american|opposant|opositor|dissident|activist|militant|man|woman|homme|femme|hombre|mujer)$/;

/** Russian pronouns and particles that open a sentence in capitals, never a given name: "Сам Скеттино" is Schettino himself. */
export const RUSSIAN_FUNCTION_WORDS: readonly string[] = ('сам сама сами само этот эта это эти тот та те весь вся все всё он она они оно его её ее их ' +
  'мы вы также тогда уже ещё еще лишь только даже именно').split(' ');
