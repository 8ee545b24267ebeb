// Words for peoples and countries, as news writes them before a name: "Argentine-Israeli Iair
// Horn", "US-Israeli Sagi Dekel-Chen", "German-born Anna Weber", "Franco-German talks",
// "Президент России Владимир Путин". They describe the person and are never a given name nor a
// surname. Language data: English nationality adjectives (other languages the engine reads write
// theirs in lower case, which no name pass takes for a name), the combining forms of compounds
// ("Sino-", "Anglo-"), the abbreviations of countries, and the names of countries and continents
// in English, Spanish and Russian (Russian declines them: России, Израиля, Украины). Spanish
// nationality adjectives are lower case, but a person's is still read before the name.

// Nationality and regional adjectives (lower case). Some are family names too (English, French,
// Cuban): the names pass keeps one at the end of a name ("Bill English") as the surname.
const NATIONALITIES = (
  'afghan albanian algerian american andorran angolan argentine argentinian armenian australian austrian azerbaijani azeri ' +
  'bahamian bahraini bangladeshi barbadian belarusian belgian belizean beninese bhutanese bolivian bosnian botswanan ' +
  'brazilian british bruneian bulgarian burkinabe burmese burundian cambodian cameroonian canadian chadian chilean ' +
  'chinese colombian congolese croatian cuban cypriot czech danish djiboutian dominican dutch ecuadorian egyptian ' +
  'emirati eritrean estonian ethiopian emirian fijian filipino finnish gabonese gambian georgian german ghanaian greek ' +
  'grenadian guatemalan guinean guyanese haitian honduran hungarian icelandic indian indonesian iranian iraqi ' +
  'israeli italian ivorian jamaican japanese jordanian kazakh kazakhstani kenyan korean kosovar kuwaiti kyrgyz laotian latvian ' +
  'lebanese liberian libyan lithuanian luxembourgish macedonian malagasy malawian malaysian maldivian malian maltese ' +
  'mauritanian mauritian mexican moldovan monegasque mongolian montenegrin moroccan mozambican namibian nepalese nepali ' +
  'nicaraguan nigerian nigerien norwegian omani pakistani palestinian panamanian paraguayan peruvian polish portuguese qatari ' +
  'romanian russian rwandan salvadoran samoan saudi scottish senegalese serbian singaporean slovak slovakian slovenian ' +
  'somali somalian spanish sudanese surinamese swazi swedish swiss syrian taiwanese tajik tanzanian thai togolese tongan trinidadian ' +
  'tunisian turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese yemeni zambian zimbabwean rican lankan zealander leonean ' +
  // Peoples and regions written the same way before a name.
  'arab arabian african asian european latin latino latina hispanic caribbean balkan baltic nordic scandinavian slavic ' +
  'kurdish kurd druze bedouin circassian chechen dagestani tatar basque catalan corsican flemish walloon sicilian ' +
  'persian pashtun punjabi tamil sikh uyghur uighur tibetan cossack crimean siberian ' +
  'soviet yugoslav ottoman english french irish welsh scots ' +
  // Faiths, written the same way before a name ("the Islamic Jihad", "Jewish American"); not
  // Christian, also a given name.
  'islamic jewish muslim catholic protestant sunni shia shiite hindu buddhist evangelical'
).split(' ');

// Spanish nationality adjectives, written in lower case ("el argentino-israelí Iair Horn"), in
// their masculine singular form; feminine and plural forms are read from it.
const NATIONALITIES_ES = (
  'argentino estadounidense israelí ruso palestino libanés sirio egipcio iraní iraquí jordano catarí saudí turco francés ' +
  'alemán británico inglés italiano español mexicano colombiano venezolano chileno peruano cubano brasileño uruguayo ' +
  'paraguayo boliviano ecuatoriano chino japonés ucraniano polaco tailandés filipino nepalí canadiense australiano ' +
  'europeo africano árabe estadunidense norteamericano soviético kurdo yemení marroquí argelino tunecino libio suizo sueco ' +
  'noruego danés holandés neerlandés belga griego irlandés escocés austriaco portugués rumano húngaro checo indio pakistaní ' +
  'afgano nigeriano keniano sudafricano coreano vietnamita indonesio bielorruso georgiano armenio azerbaiyano kazajo ' +
  'uzbeko iraní hondureño guatemalteco salvadoreño nicaragüense costarricense panameño dominicano puertorriqueño haitiano'
).split(' ');

// French nationality words in their masculine singular form ("le Français Paul-Henri Nargeolet",
// "l'Américaine Brittney Griner": French capitalises them as nouns); feminine and plural forms are
// read from it.
const NATIONALITIES_FR = (
  'français anglais britannique américain russe israélien allemand italien espagnol portugais belge suisse canadien ' +
  'pakistanais ukrainien polonais chinois japonais coréen indien iranien irakien syrien libanais égyptien turc grec ' +
  'néerlandais suédois norvégien danois finlandais irlandais écossais autrichien hongrois roumain bulgare tchèque ' +
  'brésilien argentin mexicain colombien vénézuélien chilien péruvien cubain marocain algérien tunisien libyen ' +
  'palestinien saoudien qatari émirati afghan thaïlandais vietnamien philippin indonésien australien sud-africain ' +
  'nigérian kényan éthiopien biélorusse géorgien arménien kazakh ouzbek européen africain asiatique arabe'
).split(' ');

// Combining forms that open a compound of nationalities: "Sino-American", "Anglo-Irish", "Russo-Ukrainian".
const COMBINING = 'afro anglo austro euro franco gallo germano greco hispano indo irano italo judeo luso nippo polono russo serbo sino turco pan israélo américano israelo americano ucraniano ukraino'.split(' ');

// Country abbreviations written as the first part of a compound ("US-Israeli", "UK-born").
const ABBREVIATIONS = 'us u.s uk u.k usa eu un uae'.split(' ');

// Descriptive second parts after a place or a people: "German-born", "Moscow-based", "Hamas-led",
// "Iranian-backed". A word so built describes what follows it; it is never a name.
const DESCRIPTIVE_SUFFIX = /-(?:born|bred|based|led|backed|owned|run|made|funded|allied|aligned|speaking|raised|trained|educated)$/;

// Countries and continents as English writes them; ambiguous with given names or surnames in news
// (Jordan, Chad, Georgia, Israel as a surname) are left out, so a person of that name stays one.
const COUNTRIES_EN = (
  'afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain bangladesh barbados ' +
  'belarus belgium belize benin bhutan bolivia bosnia botswana brazil britain brunei bulgaria burundi cambodia cameroon canada ' +
  'chile china colombia congo croatia cuba cyprus czechia denmark djibouti ecuador egypt eritrea estonia ethiopia fiji finland ' +
  'france gabon gambia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran ' +
  'iraq ireland italy jamaica japan kazakhstan kenya korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya ' +
  'lithuania luxembourg macedonia madagascar malawi malaysia maldives mali malta mauritania mauritius mexico moldova monaco mongolia ' +
  'montenegro morocco mozambique myanmar namibia nepal netherlands nicaragua niger nigeria norway oman pakistan palestine panama ' +
  'paraguay peru philippines poland portugal qatar romania russia rwanda senegal serbia singapore slovakia slovenia somalia ' +
  'spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tunisia turkey turkmenistan uganda ' +
  'ukraine uruguay uzbekistan venezuela vietnam yemen zambia zimbabwe ' +
  'africa asia europe america americas oceania antarctica arabia scandinavia'
).split(' ');
// Spanish names of countries that differ from the English ones.
const COUNTRIES_ES = 'rusia alemania francia italia españa inglaterra egipto siria líbano irán irak turquía ucrania japón méxico perú brasil bélgica suecia suiza noruega polonia grecia marruecos argelia jordania palestina catar'.split(' ');
// Russian names of countries and continents in each grammatical case (Россия, России, Россией;
// Израиль, Израиля; США), each with its own endings so that a given name of the same letters
// (Герман, Катарина) is not taken for one.
const COUNTRIES_RU = new RegExp(
  '^(?:(?:росс|белорусс|сир|турц|франц|герман|британ|великобритан|итал|испан|япон|инд|аз|иордан|палестин|бельг|швец|швейцар|норвег|грец|эфиоп|колумб|аргентин|бразил|мавритан|австрал|австр|монгол|румын|болгар|венгр|латв|эстон|груз|армен|киргиз|молдав|лив|нигер|индонез|малайз|эритр)(?:ия|ии|ию|ией)|коре(?:я|и|ю|ей)' +
    '|украин(?:а|ы|е|у|ой)|польш(?:а|и|е|у|ей)|израил(?:ь|я|ю|ем|е)|египт(?:а|у|ом|е)|египет|(?:катар|иран|ирак|ливан|казахстан|узбекистан|таджикистан|афганистан|пакистан|судан|йемен|оман|кувейт|бахрейн|вьетнам|азербайджан|ватикан)(?:а|у|ом|е)?' +
    '|кита(?:й|я|ю|ем|е)|сша|оаэ|америк(?:а|и|е|у|ой)|европ(?:а|ы|е|у|ой)|африк(?:а|и|е|у|ой)|мексик(?:а|и|е|у|ой)|кан(?:ада|ады|аде|аду|адой)|куб(?:а|ы|е|у|ой))$',
  'u',
);

const NATIONALITY_SET = new Set(NATIONALITIES);
const NATIONALITY_FR_SET = new Set(NATIONALITIES_FR);

/** A French nationality word in any gender and number (française, israéliens, américaines, russes). */
function isFrenchNationality(w: string): boolean {
  if (NATIONALITY_FR_SET.has(w)) return true;
  if (!/(?:s|e|es|ne|nes)$/.test(w)) return false;
  const forms = [w.replace(/s$/, ''), w.replace(/es?$/, ''), w.replace(/nes?$/, ''), w.replace(/ses?$/, 's')];
  return forms.some((f) => f !== w && NATIONALITY_FR_SET.has(f));
}
const NATIONALITY_ES_SET = new Set(NATIONALITIES_ES);

/** A Spanish nationality adjective in any gender and number (argentina, israelíes, francesa, estadounidenses). */
function isSpanishNationality(w: string): boolean {
  if (NATIONALITY_ES_SET.has(w)) return true;
  // "china", "india": a feminine form that is a country's name in English is the country.
  if (COUNTRY_SET.has(w)) return false;
  const forms = [
    w.replace(/(?:a|os|as)$/, 'o'), // argentina, rusos, palestinas
    w.replace(/es$/, ''), // israelíes, canadienses
    w.replace(/s$/, ''), // árabes, estadounidenses
    w.replace(/esa$/, 'és').replace(/eses$/, 'és').replace(/esas$/, 'és'), // francesa, franceses
    w.replace(/ana$/, 'án').replace(/anes$/, 'án').replace(/anas$/, 'án'), // alemana, alemanes
  ];
  return forms.some((f) => f !== w && NATIONALITY_ES_SET.has(f));
}
const COMBINING_SET = new Set(COMBINING);
const ABBREVIATION_SET = new Set(ABBREVIATIONS);
const COUNTRY_SET = new Set([...COUNTRIES_EN, ...COUNTRIES_ES]);

/** A nationality adjective or plural noun ("Russian", "Israelis", "Argentine", "argentino"), lower case. */
function isNationality(w: string): boolean {
  if (NATIONALITY_SET.has(w) || isSpanishNationality(w) || isFrenchNationality(w)) return true;
  // Plurals: "Israelis", "Russians", "Saudis".
  return w.length > 4 && w.endsWith('s') && NATIONALITY_SET.has(w.slice(0, -1));
}

/**
 * Whether a word (lower case, as tokens.ts gives it) describes a person by country or people:
 * "russian", "israeli", "argentine-israeli", "us-israeli", "franco-german", "german-born",
 * "moscow-based". Such a word before a name is a descriptor; it is never a given name.
 */
export function isDemonym(lower: string): boolean {
  if (isNationality(lower)) return true;
  if (!lower.includes('-')) return false;
  if (DESCRIPTIVE_SUFFIX.test(lower)) return true;
  const parts = lower.split('-');
  const last = parts[parts.length - 1]!;
  if (!isNationality(last)) return false;
  // Every part before the last a nationality, a combining form ("Sino-"), or an abbreviation ("US-").
  for (let i = 0; i < parts.length - 1; i++) {
    const p = parts[i]!;
    if (!isNationality(p) && !COMBINING_SET.has(p) && !ABBREVIATION_SET.has(p)) return false;
  }
  return true;
}

/** The name of a country or continent, any case (English, Spanish; Russian in any grammatical case). */
export function isCountryName(lower: string): boolean {
  if (COUNTRY_SET.has(lower)) return true;
  return lower.charCodeAt(0) >= 0x400 && COUNTRIES_RU.test(lower);
}
