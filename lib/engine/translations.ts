// The same news word or place in English, Russian, Spanish and French (and, for the commonest
// words of conflict and court coverage, Ukrainian, German, Italian and Portuguese). A reader types a story's
// terms and places in one language ("hostage", "ceasefire", "Moscow"); its coverage in another
// writes "otage", "перемирие", "Moscú". Detection meets a typed term or place in its equivalents
// in the other languages (story-detect.ts), declined and plural forms included as for the typed
// word; synonyms within one language are not added, so a story typed in English is found in
// English exactly as typed. Each line is one meaning; a word that means something else in another
// language ("manifestation", "accord") is left out.

const TERM_LINES = [
  'en: hostage, hostages | ru: заложник, заложники | es: rehén, rehenes | fr: otage, otages | uk: заручник, заручники | de: Geisel, Geiseln | it: ostaggio, ostaggi | pt: refém, reféns',
  'en: captivity | ru: плен | es: cautiverio | fr: captivité | uk: полон | de: Gefangenschaft | it: prigionia | pt: cativeiro',
  'en: abducted, kidnapped | ru: похищен, похищенный | es: secuestrado | fr: enlevé, kidnappé | uk: викрадений, викрадено | de: entführt, verschleppt | it: rapito | pt: sequestrado',
  'en: abduction, kidnapping | ru: похищение | es: secuestro | fr: enlèvement | uk: викрадення | de: Entführung | it: rapimento | pt: sequestro',
  'en: freed, released | ru: освобожден | es: liberado | fr: libéré | uk: звільнений, звільнено | de: freigelassen | it: liberato | pt: libertado',
  'en: release | ru: освобождение | es: liberación | fr: libération | uk: звільнення | de: Freilassung | it: liberazione | pt: libertação',
  'en: ceasefire, cease-fire, truce | ru: перемирие, прекращение огня | es: alto el fuego, tregua | fr: cessez-le-feu, trêve | uk: перемир’я, припинення вогню | de: Waffenruhe | it: tregua, cessate il fuoco | pt: cessar-fogo',
  'en: attack | ru: нападение | es: ataque | fr: attaque',
  'en: war | ru: война | es: guerra | fr: guerre',
  'en: killed | ru: убит | es: asesinado | fr: tué',
  'en: prisoner, prisoners | ru: заключенный, заключенные | es: prisionero, prisioneros, preso, presos | fr: prisonnier, prisonniers',
  'en: exchange, swap | ru: обмен | es: intercambio, canje | fr: échange',
  'en: prisoner swap, prisoner exchange | ru: обмен заключенными, обмен пленными | es: intercambio de prisioneros, canje de prisioneros | fr: échange de prisonniers | uk: обмін полоненими | de: Gefangenenaustausch | it: scambio di prigionieri | pt: troca de prisioneiros',
  'en: negotiations, talks | ru: переговоры | es: negociaciones | fr: négociations',
  'en: tunnel | ru: туннель, тоннель | es: túnel | fr: tunnel',
  'en: kibbutz | ru: кибуц | es: kibutz | fr: kibboutz | uk: кібуц | de: Kibbuz | it: kibbutz | pt: kibutz',
  'en: election, elections | ru: выборы | es: elección, elecciones | fr: élection, élections',
  'en: president | ru: президент | es: presidente | fr: président',
  'en: government | ru: правительство | es: gobierno | fr: gouvernement',
  'en: senate | ru: сенат | es: senado | fr: sénat',
  'en: congress | ru: конгресс | es: congreso | fr: congrès',
  'en: impeachment | ru: импичмент | es: juicio político | fr: destitution',
  'en: indictment | ru: обвинительное заключение | es: acusación formal | fr: inculpation',
  'en: investigation | ru: расследование | es: investigación | fr: enquête',
  'en: court | ru: суд | es: tribunal | fr: tribunal',
  'en: border wall | ru: пограничная стена | es: muro fronterizo | fr: mur frontalier',
  'en: immigration | ru: иммиграция | es: inmigración | fr: immigration',
  'en: earthquake | ru: землетрясение | es: terremoto, sismo | fr: séisme, tremblement de terre',
  'en: explosion | ru: взрыв | es: explosión | fr: explosion',
  'en: sanctions | ru: санкции | es: sanciones | fr: sanctions',
  'en: shooting | ru: стрельба | es: tiroteo | fr: fusillade',
  'en: embassy | ru: посольство | es: embajada | fr: ambassade',
  'en: police | ru: полиция | es: policía | fr: police',
  'en: storey, storeys, story, stories, floor, floors | ru: этаж, этажа, этажей, этажах | es: planta, plantas, piso, pisos | fr: étage, étages',
  'en: firefighter, firefighters | ru: пожарный, пожарные, пожарных | es: bombero, bomberos | fr: pompier, pompiers',
  'en: flat, flats, apartment, apartments | ru: квартира, квартиры, квартир | es: apartamento, apartamentos, vivienda, viviendas | fr: appartement, appartements, logement, logements',
  'en: passenger, passengers | ru: пассажир, пассажира, пассажиров | es: pasajero, pasajeros | fr: passager, passagers',
  'en: army | ru: армия | es: ejército | fr: armée',
  'en: soldier, soldiers | ru: солдат, солдаты | es: soldado, soldados | fr: soldat, soldats',
  'en: minister | ru: министр | es: ministro | fr: ministre',
  'en: ministry | ru: министерство | es: ministerio | fr: ministère',
  'en: parliament | ru: парламент | es: parlamento | fr: parlement',
  'en: vote, votes | ru: голосование | es: votación, votos | fr: vote, votes',
  'en: agreement, deal | ru: соглашение, сделка | es: acuerdo | fr: entente',
  'en: hospital | ru: больница, госпиталь | es: hospital | fr: hôpital',
  'en: delegation | ru: делегация | es: delegación | fr: délégation',
  'en: meeting | ru: встреча | es: reunión | fr: rencontre, réunion',
  'en: family | ru: семья | es: familia | fr: famille',
  'en: mother | ru: мать | es: madre | fr: mère',
  'en: father | ru: отец | es: padre | fr: père',
  'en: grandmother | ru: бабушка | es: abuela | fr: grand-mère',
  'en: girlfriend | ru: девушка, подруга | es: novia | fr: compagne',
  'en: engineer | ru: инженер | es: ingeniero | fr: ingénieur',
  'en: video | ru: видео | es: vídeo, video | fr: vidéo',
  'en: dead, deaths | ru: погибшие | es: muertos | fr: morts',
  'en: wounded, injured | ru: раненые | es: heridos | fr: blessés',
  'en: people | ru: человек, люди | es: personas | fr: personnes',
  'en: citizen, citizens | ru: гражданин, граждане | es: ciudadano, ciudadanos | fr: citoyen, citoyens',
  'en: day, days | ru: день, дней | es: día, días | fr: jour, jours',
  'en: year, years | ru: год, лет | es: año, años | fr: an, ans, année, années',
  'en: strike, strikes | ru: удар, удары | es: ataque aéreo, bombardeo | fr: frappe, frappes',
  'en: missile, missiles | ru: ракета, ракеты | es: misil, misiles | fr: missile, missiles',
  'en: budget | ru: бюджет | es: presupuesto | fr: budget',
  'en: tax, taxes | ru: налог, налоги | es: impuesto, impuestos | fr: impôt, impôts',
  'en: lawsuit | ru: иск | es: demanda | fr: poursuite',
  'en: judge | ru: судья | es: juez | fr: juge',
  'en: trial | ru: судебный процесс | es: juicio | fr: procès',
  'en: espionage, spying | ru: шпионаж | es: espionaje | fr: espionnage | uk: шпигунство | de: Spionage | it: spionaggio | pt: espionagem',
  'en: spy | ru: шпион | es: espía | fr: espion',
  'en: treason | ru: госизмена, государственная измена | es: traición | fr: trahison',
  'en: sentenced, sentence, verdict | ru: приговорен, приговор | es: condenado, condena, sentenciado, sentencia, veredicto | fr: condamné, condamnation, peine, verdict | uk: засуджений, вирок | de: verurteilt, Urteil | it: condannato, condanna | pt: condenado',
  'en: prison, jail | ru: тюрьма, колония | es: prisión, cárcel | fr: prison',
  'en: arrested, detained | ru: арестован, задержан | es: arrestado, detenido | fr: arrêté, détenu, interpellé | uk: заарештований, затриманий | de: festgenommen, verhaftet | it: arrestato | pt: preso, detido',
  'en: arrest, detention | ru: арест, задержание | es: arresto, detención | fr: arrestation, détention',
  'en: journalist, journalists, reporter | ru: журналист, журналисты | es: periodista, periodistas, reportero | fr: journaliste, journalistes, reporter | uk: журналіст, журналісти | de: Journalist, Reporter | it: giornalista | pt: jornalista',
  'en: lawyer, lawyers | ru: адвокат, адвокаты | es: abogado, abogados | fr: avocat, avocats',
  'en: prosecutor, prosecutors | ru: прокурор, прокуратура | es: fiscalía | fr: procureur',
  'en: pardon, pardoned | ru: помилование, помилован | es: indulto, indultado | fr: gracié',
  'en: appeal | ru: апелляция | es: apelación | fr: pourvoi',
  'en: death | ru: смерть, гибель | es: muerte, fallecimiento | fr: mort, décès | uk: смерть | de: Tod | it: morte | pt: morte',
  'en: died | ru: умер, скончался, погиб | es: murió, falleció | fr: mort, décédé | uk: помер, загинув | de: gestorben, starb | it: morto, deceduto | pt: morreu',
  'en: funeral | ru: похороны, прощание | es: funeral, funerales, entierro | fr: funérailles, obsèques, enterrement | uk: похорон | de: Beerdigung, Trauerfeier | it: funerale, funerali | pt: funeral',
  'en: cemetery | ru: кладбище | es: cementerio | fr: cimetière | uk: кладовище | de: Friedhof | it: cimitero | pt: cemitério',
  'en: body | ru: тело | es: cuerpo, cadáver | fr: corps, dépouille | uk: тіло | de: Leiche, Leichnam | it: corpo, salma | pt: corpo',
  'en: widow | ru: вдова | es: viuda | fr: veuve | uk: вдова | de: Witwe | it: vedova | pt: viúva',
  'en: penal colony | ru: колония, исправительная колония | es: colonia penal, colonia penitenciaria | fr: colonie pénitentiaire | uk: колонія | de: Strafkolonie, Straflager | it: colonia penale | pt: colônia penal',
  'en: opposition leader, opposition | ru: оппозиционер, оппозиция, оппозиционный политик | es: opositor, líder opositor, oposición | fr: opposant, opposition | uk: опозиціонер, опозиція | de: Oppositionsführer, Opposition | it: oppositore, opposizione | pt: opositor, oposição',
  'en: Kremlin critic, critic | ru: критик Кремля, критик | es: crítico del Kremlin, crítico | fr: critique du Kremlin | uk: критик Кремля | de: Kremlkritiker | it: critico del Cremlino | pt: crítico do Kremlin',
  'en: Arctic | ru: Арктика, Заполярье | es: Ártico | fr: Arctique | uk: Арктика | de: Arktis | it: Artico | pt: Ártico',
  'en: bridge | ru: мост | es: puente | fr: pont | uk: міст | de: Brücke | it: ponte | pt: ponte',
  'en: bridge collapse | ru: обрушение моста, обрушение мост, обвал моста | es: colapso del puente, derrumbe del puente | fr: effondrement du pont | de: Brückeneinsturz | it: crollo del ponte | pt: colapso da ponte',
  'en: collapse, collapsed | ru: обрушение, обрушился, обвал | es: colapso, derrumbe, colapsó | fr: effondrement, effondré | de: Einsturz, eingestürzt | it: crollo, crollato | pt: colapso, desabou',
  'en: cargo ship, container ship, freighter | ru: грузовое судно, контейнеровоз, сухогруз | es: buque de carga, portacontenedores, carguero | fr: cargo, porte-conteneurs | de: Frachter, Containerschiff | it: nave cargo, portacontainer | pt: navio cargueiro, porta-contêineres',
  'en: workers | ru: рабочие, рабочих | es: trabajadores, obreros | fr: ouvriers, travailleurs | de: Arbeiter | it: operai, lavoratori | pt: trabalhadores, operários',
  'en: divers | ru: водолазы, дайверы, ныряльщики | es: buzos, buceadores | fr: plongeurs | de: Taucher | it: sommozzatori | pt: mergulhadores',
  'en: cave, caves | ru: пещера, пещеры | es: cueva, cuevas, gruta | fr: grotte, grottes | uk: печера | de: Höhle | it: grotta | pt: caverna, gruta',
  'en: trapped | ru: заблокированы, оказались в ловушке | es: atrapados, atrapado, atrapadas | fr: bloqués, coincés, piégés | de: eingeschlossen | it: intrappolati',
  'en: rescue | ru: спасение, спасательная операция | es: rescate | fr: sauvetage | uk: порятунок | de: Rettung | it: salvataggio | pt: resgate',
  'en: rescued | ru: спасены, спасенные | es: rescatados, rescatado | fr: secourus, sauvés | de: gerettet | it: salvati | pt: resgatados',
  'en: rescuers | ru: спасатели | es: rescatistas, socorristas | fr: secouristes, sauveteurs | de: Retter | it: soccorritori | pt: socorristas',
  'en: flooded | ru: затопленная, затоплена, затопленной | es: inundada, inundado | fr: inondée, inondé | de: überflutet | it: allagata | pt: inundada',
  'en: flood, floods, flooding | ru: наводнение, паводок | es: inundación, inundaciones | fr: inondation, inondations | de: Hochwasser, Überschwemmung | it: alluvione, inondazione | pt: inundação, enchente',
  'en: boys, children | ru: мальчики, дети, подростки, школьники | es: niños, chicos, menores | fr: garçons, enfants, adolescents | de: Jungen, Kinder | it: ragazzi, bambini | pt: meninos, crianças',
  'en: football team, soccer team | ru: футбольная команда | es: equipo de fútbol, equipo de futbol | fr: équipe de football, équipe de foot | de: Fußballmannschaft | it: squadra di calcio | pt: time de futebol',
  'en: coach | ru: тренер | es: entrenador | fr: entraîneur | de: Trainer | it: allenatore | pt: treinador',
  'en: missing | ru: пропавшие, пропали | es: desaparecidos | fr: disparus | de: vermisst | it: dispersi | pt: desaparecidos',
  'en: submersible, submarine, sub | ru: батискаф, подводный аппарат, подлодка, подводная лодка | es: sumergible, submarino | fr: submersible, sous-marin | de: Tauchboot, U-Boot | it: sommergibile, sottomarino | pt: submersível, submarino',
  'en: debris, wreckage | ru: обломки | es: restos, escombros | fr: débris | de: Trümmer | it: detriti, rottami | pt: destroços',
  'en: wreck | ru: остов, затонувший корабль | es: restos del naufragio, pecio | fr: épave | de: Wrack | it: relitto | pt: naufrágio',
  'en: implosion | ru: имплозия | es: implosión | fr: implosion | de: Implosion | it: implosione | pt: implosão',
  'en: oxygen | ru: кислород | es: oxígeno | fr: oxygène | de: Sauerstoff | it: ossigeno | pt: oxigênio',
  'en: search | ru: поиски, поисковая операция | es: búsqueda | fr: recherches | de: Suche | it: ricerche | pt: buscas',
  'en: coast guard | ru: береговая охрана | es: guardia costera | fr: garde côtière, garde-côtes | de: Küstenwache | it: guardia costiera | pt: guarda costeira',
  'en: passengers | ru: пассажиры | es: pasajeros | fr: passagers | de: Passagiere | it: passeggeri | pt: passageiros',
  // A claim for damages, a ship aground and the tugs that free it: the words of a maritime or legal dispute.
  'en: compensation, damages | ru: компенсация, компенсации, компенсацию | es: compensación, indemnización | fr: indemnisation, compensation, dédommagement | de: Entschädigung | it: risarcimento | pt: indenização',
  'en: tugboats, tugs | ru: буксиры, буксиров | es: remolcadores | fr: remorqueurs | de: Schlepper | it: rimorchiatori | pt: rebocadores',
  'en: ran aground, grounded | ru: сел на мель, села на мель | es: encalló, encallado, encallada | fr: échoué, échouée | de: auf Grund gelaufen | it: incagliata | pt: encalhou',
  'en: refloated | ru: снят с мели, сняли с мели | es: reflotado, reflotaron | fr: renfloué, remis à flot | de: freigeschleppt | it: disincagliata | pt: desencalhado',
  'en: aboard, board | ru: борту | es: bordo | fr: bord | it: bordo | pt: bordo',
  'en: dive | ru: погружение | es: inmersión | fr: plongée | de: Tauchgang | it: immersione | pt: mergulho',
  'en: expedition | ru: экспедиция | es: expedición | fr: expédition | de: Expedition | it: spedizione | pt: expedição',
  'en: poisoning, poisoned | ru: отравление, отравлен | es: envenenamiento, envenenado | fr: empoisonnement, empoisonné | uk: отруєння | de: Vergiftung, vergiftet | it: avvelenamento, avvelenato | pt: envenenamento',
];

const PLACE_LINES = [
  'en: Moscow | ru: Москва | es: Moscú | fr: Moscou',
  'en: Russia | ru: Россия | es: Rusia | fr: Russie',
  'en: Israel | ru: Израиль | es: Israel | fr: Israël',
  'en: Jerusalem | ru: Иерусалим | es: Jerusalén | fr: Jérusalem',
  'en: Gaza, Gaza Strip | ru: Газа, сектор Газа | es: Gaza, Franja de Gaza | fr: Gaza, bande de Gaza',
  'en: Egypt | ru: Египет | es: Egipto | fr: Égypte',
  'en: Lebanon | ru: Ливан | es: Líbano | fr: Liban',
  'en: Syria | ru: Сирия | es: Siria | fr: Syrie',
  'en: Ukraine | ru: Украина | es: Ucrania | fr: Ukraine',
  'en: United States | ru: США, Соединенные Штаты | es: Estados Unidos | fr: États-Unis',
  'en: China | ru: Китай | es: China | fr: Chine',
  'en: Germany | ru: Германия | es: Alemania | fr: Allemagne',
  'en: France | ru: Франция | es: Francia | fr: France',
  'en: Spain | ru: Испания | es: España | fr: Espagne',
  'en: Britain, United Kingdom | ru: Великобритания | es: Reino Unido | fr: Royaume-Uni',
  'en: Turkey | ru: Турция | es: Turquía | fr: Turquie',
  'en: Thailand | ru: Таиланд | es: Tailandia | fr: Thaïlande | de: Thailand | it: Thailandia | pt: Tailândia',
  'en: Atlantic, Atlantic Ocean | ru: Атлантика, Атлантический океан | es: Atlántico, océano Atlántico | fr: Atlantique, océan Atlantique | de: Atlantik | it: Atlantico | pt: Atlântico',
  'en: Canada | ru: Канада | es: Canadá | fr: Canada | de: Kanada | it: Canada | pt: Canadá',
  'en: US Coast Guard, U.S. Coast Guard | ru: Береговая охрана США | es: Guardia Costera de Estados Unidos, Guardia Costera de EE.UU. | fr: garde-côtes américains, Garde côtière américaine | de: US-Küstenwache | it: Guardia costiera statunitense | pt: Guarda Costeira dos EUA',
  'en: Kremlin | ru: Кремль | es: Kremlin | fr: Kremlin',
  'en: White House | ru: Белый дом | es: Casa Blanca | fr: Maison Blanche',
  'en: Red Cross | ru: Красный Крест | es: Cruz Roja | fr: Croix-Rouge',
  'en: United Nations | ru: ООН | es: Naciones Unidas, ONU | fr: Nations unies, ONU',
  'en: European Union | ru: Евросоюз | es: Unión Europea | fr: Union européenne',
  'en: Federal Security Service, FSB | ru: ФСБ, Федеральная служба безопасности | es: Servicio Federal de Seguridad | fr: Service fédéral de sécurité | uk: ФСБ | de: Inlandsgeheimdienst FSB | it: Servizio federale per la sicurezza | pt: Serviço Federal de Segurança',
  'en: Federal Penitentiary Service, FSIN | ru: ФСИН, Федеральная служба исполнения наказаний | es: Servicio Penitenciario Federal | fr: Service pénitentiaire fédéral | uk: ФСВП | de: Strafvollzugsdienst | it: Servizio penitenziario federale | pt: Serviço Penitenciário Federal',
  'en: Anti-Corruption Foundation, FBK | ru: ФБК, Фонд борьбы с коррупцией | es: Fundación Anticorrupción | fr: Fondation anticorruption, Fonds de lutte contre la corruption | uk: ФБК | de: Antikorruptionsstiftung | it: Fondazione anticorruzione | pt: Fundação Anticorrupção',
  'en: Yamalo-Nenets, Yamal | ru: Ямало-Ненецкий, Ямал | es: Yamalia-Nenetsia, Yamal | fr: Iamalo-Nenets, Yamal | de: Jamal-Nenzen, Jamal | it: Jamal-Nenets | pt: Yamalo-Nenets',
];

// Armed groups, named like places and bodies but, unlike them, holders of hostages and parties
// to a war: "Islamic Jihad hostage Alexander Trufanov" names who held him, "Gaza hostages" where.
const GROUP_LINES = [
  'en: Hamas | ru: ХАМАС, Хамас | es: Hamás | fr: Hamas',
  'en: Hezbollah | ru: Хезболла, Хизбалла | es: Hezbolá | fr: Hezbollah',
  'en: Islamic Jihad | ru: Исламский джихад | es: Yihad Islámica | fr: Jihad islamique',
  'en: Palestinian Islamic Jihad | ru: Палестинский исламский джихад | es: Yihad Islámica Palestina | fr: Jihad islamique palestinien',
];

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ё/g, 'е').trim();

/** A line's phrases, language by language, English first ("en: hostage, hostages | ru: …"). */
function phrasesOf(line: string): string[][] {
  return line.split('|').map((part) => {
    const [, words] = /^\s*\w\w:\s*(.*)$/.exec(part) ?? [];
    if (!words) throw new Error(`translations: a part without its language: "${part}"`);
    return words.split(',').map((w) => w.trim()).filter(Boolean);
  });
}

/** For each folded phrase, the phrases of the other languages on its line. */
function indexOf(lines: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of lines) {
    const byLang = phrasesOf(line);
    byLang.forEach((own, k) => {
      const others = byLang.filter((_, j) => j !== k).flat();
      for (const phrase of own) {
        const f = fold(phrase);
        const known = out.get(f) ?? [];
        for (const o of others) if (fold(o) !== f && !known.some((x) => fold(x) === fold(o))) known.push(o);
        out.set(f, known);
      }
    });
  }
  return out;
}

const TERMS = indexOf(TERM_LINES);
const PLACES = indexOf([...PLACE_LINES, ...GROUP_LINES]);

/** The other languages' words for a typed term ("hostage" → заложник, rehén, otage…); none when unknown. */
export function termEquivalents(term: string): readonly string[] {
  const own = TERMS.get(fold(term));
  if (own) return own;
  // A figure and its noun ("16 years", "498 days"): the figure with the noun's equivalents, as
  // the other languages write it too ("16 лет", "498 días", "16 ans").
  const counted = /^(\d[\d.,]*)\s+(\p{L}+)$/u.exec(term.trim());
  return counted ? (TERMS.get(fold(counted[2]!)) ?? []).filter((w) => !w.includes(' ')).map((w) => `${counted[1]} ${w}`) : [];
}

/** The other languages' names of a typed place or organisation ("Moscow" → Москва, Moscú, Moscou). */
export const placeEquivalents = (name: string): readonly string[] => PLACES.get(fold(name)) ?? [];

/** Each meaning's single words, the English ones first, for the context keys of figures (predicates.ts). */
export function singleWordMeanings(): string[][] {
  return [...TERM_LINES, ...PLACE_LINES, ...GROUP_LINES].map((line) => phrasesOf(line).flat().map((w) => w.toLowerCase()).filter((w) => !w.includes(' '))).filter((words) => words.length > 1);
}

// Russian declines names of places and bodies ("Красному Кресту", "в Кремле"): each Cyrillic
// word is looked up by its stem (folded first, so "й" is "и").
const RU_ENDING = /(ому|ему|ого|его|ыми|ими|ами|ями|ыи|ии|ои|еи|ый|ий|ым|им|ой|ей|ую|юю|ая|яя|ое|ее|ые|ие|ых|их|ах|ях|ов|ев|ом|ем|ам|ям|у|ю|а|я|е|ы|и|й|ь)$/;
const placeForm = (phrase: string) => fold(phrase).split(/\s+/).map((w) => (/^[\u0400-\u04ff]/.test(w) && w.length > 4 ? w.replace(RU_ENDING, '') : w)).join(' ');

const ENGLISH_PLACE = new Map<string, string>();
for (const line of [...PLACE_LINES, ...GROUP_LINES]) {
  const phrases = phrasesOf(line);
  const english = phrases[0]![0]!;
  for (const phrase of phrases.flat()) if (!ENGLISH_PLACE.has(placeForm(phrase))) ENGLISH_PLACE.set(placeForm(phrase), english);
}

/**
 * The key of a place or organisation any of the four languages writes, by its English name
 * ("Cruz Roja", "Красному Кресту" → "xl:red cross"), or null when the lines do not know it.
 */
export function translatedKey(name: string): string | null {
  const english = ENGLISH_PLACE.get(placeForm(name));
  return english ? TRANSLATED + english.toLowerCase() : null;
}
const TRANSLATED = 'xl:';
/** Whether a key is a translated one, and the English words it holds. */
export const isTranslatedKey = (key: string): boolean => key.startsWith(TRANSLATED);
export const translatedWords = (key: string): string[] => key.slice(TRANSLATED.length).split(' ');
const GROUP_KEYS = new Set(GROUP_LINES.map((line) => TRANSLATED + phrasesOf(line)[0]![0]!.toLowerCase()));
/** Whether a translated key names an armed group (Hamas, Islamic Jihad), not a place or a body. */
export const isGroupKey = (key: string): boolean => GROUP_KEYS.has(key);
