import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { coreSurnameSpellings, detectStory, scoreStory } from './story-detect';
import type { StoryDefinition } from './types';

const STORY = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../public/stories/trufanov.json', import.meta.url)), 'utf8'),
) as StoryDefinition;

const para = (...sentences: string[]) => sentences.join(' ');

describe('detectStory', () => {
  it('accepts an article centred on the person, naming him with his given name', () => {
    const text = para(
      'Alexander Trufanov was freed by Hamas on Saturday after 498 days in captivity.',
      'Trufanov was abducted from Kibbutz Nir Oz on October 7, 2023, with his mother Elena Trufanova.',
      'His father, Vitaly Trufanov, was killed in the attack. Trufanov was taken to hospital.',
    );
    const match = detectStory({ title: 'Hostage Alexander Trufanov freed', text }, [STORY]);
    expect(match).toMatchObject({ onStory: true, storyId: 'trufanov' });
    expect(match.reasons.join(' ')).toMatch(/headline/);
    expect(match.reasons.join(' ')).toMatch(/Elena Trufanova, Vitaly Trufanov|Vitaly Trufanov, Elena Trufanova/);
  });

  it('rejects a namesake: another given name before the same surname', () => {
    const text = para(
      'Viktor Trufanov, head of the district, opened a new school on Monday.',
      'Trufanov said the region had freed funds for repairs. Trufanov thanked the builders.',
      'The school will take 600 pupils, Trufanov said.',
    );
    const match = detectStory({ title: 'Viktor Trufanov opens school', text }, [STORY]);
    expect(match.onStory).toBe(false);
    expect(match.reasons.join(' ')).toMatch(/namesake Viktor Trufanov/);
  });

  it('rejects a namesake with the very same full name when nothing else of the story is there', () => {
    const text = para(
      'Torpedo have signed forward Alexander Trufanov to a two-year deal, the club said on Saturday.',
      'Trufanov, 29, scored 14 goals last season. Alexander Trufanov will wear the number 17 shirt.',
      'Coach Igor Larionov said Trufanov would join the squad for training on Monday.',
    );
    const match = detectStory({ title: 'Torpedo sign Alexander Trufanov', text }, [STORY]);
    expect(match.onStory).toBe(false);
    expect(match.reasons.join(' ')).toMatch(/nothing else of the story/);
  });

  it('rejects a namesake in Russian, even with declined forms', () => {
    const text = para(
      'Глава района Виктор Труфанов открыл новую школу.',
      'По словам Труфанова, ремонт оплатит область. Труфанов поблагодарил строителей.',
    );
    expect(detectStory({ title: 'Виктор Труфанов открыл школу', text }, [STORY]).onStory).toBe(false);
  });

  it('reads Ukrainian coverage: Олександр for Alexander, Нір-Оз for Nir Oz, its words for hostage and captivity', () => {
    const text = para(
      'Бойовики оприлюднили нове відео з заручником Олександром Труфановим.',
      'Олександра Труфанова викрали з кібуцу Нір-Оз разом з матір’ю. Він понад рік у полоні.',
    );
    const match = detectStory({ title: 'Нове відео заручника Олександра Труфанова', text }, [STORY]);
    expect(match.onStory, match.reasons.join('; ')).toBe(true);
  });

  it('reads no article on story for naming only a person the reader marked as context', () => {
    const story: StoryDefinition = {
      id: 'reporter', title: 'A reporter held abroad',
      people: [{ name: 'Pavel Orlov', weight: 'core' }, { name: 'Ivan Petrov', weight: 'context' }],
      places: [{ name: 'Yekaterinburg', weight: 'context' }], terms: ['espionage', 'sentenced', 'arrested', 'journalist'],
    };
    const about = (title: string, text: string) => detectStory({ title, text }, [story]);
    const petrov = about('Court sentences Ivan Petrov to 16 years',
      para('A court sentenced Ivan Petrov to 16 years on espionage charges.', 'Petrov was arrested in Yekaterinburg in 2018.', 'Petrov denies the charges.'));
    expect(petrov.onStory).toBe(false);
    expect(petrov.reasons.join('; ')).toMatch(/context/);
    const both = about('Pavel Orlov sentenced, like Ivan Petrov before him',
      para('A court sentenced the journalist Pavel Orlov to 16 years on espionage charges.', 'Orlov was arrested in Yekaterinburg.', 'Ivan Petrov was sentenced in 2020.'));
    expect(both.onStory).toBe(true);
  });

  it('reads a person of the core person\'s family typed as context as the story\'s core: his mother\'s release is his story', () => {
    const story: StoryDefinition = {
      id: 'hostage', title: 'A hostage freed',
      people: [{ name: 'Pavel Orlov', weight: 'core' }, { name: 'Yelena Orlova', weight: 'context' }, { name: 'Ivan Petrov', weight: 'context' }],
      places: [{ name: 'Kremlin', weight: 'context' }], terms: ['hostage', 'released', 'captivity'],
    };
    const about = (title: string, text: string) => detectStory({ title, text }, [story]);
    const mother = about('Two Russian hostages released after Kremlin talks',
      para('Yelena Orlova and her mother were released on Thursday after 53 days in captivity.', 'Ms Orlova thanked the Kremlin.', 'Her son is still held.'));
    expect(mother.onStory).toBe(true);
    // Another family's person typed as context still makes no article the story's alone.
    const petrov = about('Hostage Ivan Petrov released after Kremlin talks',
      para('Ivan Petrov was released on Thursday after 53 days in captivity.', 'Mr Petrov thanked the Kremlin.', 'Petrov is back home.'));
    expect(petrov.onStory).toBe(false);
  });

  it('reads a place word typed as a term, beside a place of the story, as part of the place\'s name', () => {
    const story: StoryDefinition = {
      id: 'hostage', title: 'A hostage freed',
      people: [{ name: 'Pavel Orlov', weight: 'core' }], places: [{ name: 'Nir Oz', weight: 'context' }, { name: 'Gaza', weight: 'context' }],
      terms: ['hostage', 'kibbutz', 'captivity', 'Hamas'],
    };
    const match = detectStory({ title: 'Ravaged Kibbutz Nir Oz votes to rebuild',
      text: para('Members of Kibbutz Nir Oz voted on Monday to rebuild their community, destroyed in the Hamas attack.', 'The kibbutz, near the Gaza border, said it would rebuild.', 'Many of its members were killed or taken hostage.') }, [story]);
    expect(match.onStory).toBe(false);
  });

  it('reads a code typed among the terms ("MH17") as the one thing it names, written as typed only, and no common word as a person', () => {
    const story: StoryDefinition = {
      id: 'flight', title: 'A flight shot down',
      people: [{ name: 'Igor Girkin', weight: 'core' }, { name: 'Sergei Dubinsky', weight: 'core' }],
      places: [{ name: 'Malaysia Airlines', weight: 'context' }, { name: 'Dutch Safety Board', weight: 'context' }],
      terms: ['MH17', 'Buk', 'missile', 'shot down', 'verdict'],
    };
    const about = (title: string, text: string) => detectStory({ title, text }, [story]);
    const report = about('Russian-made Buk missile downed MH17, Dutch Safety Board says',
      para('A Russian-made Buk missile brought down flight MH17 over Eastern Ukraine, the Dutch Safety Board said.', 'All 298 people on board the Malaysia Airlines jet died.', 'Eastern Ukraine was then held by separatists; Eastern Ukraine remains at war.'));
    expect(report.onStory).toBe(true);
    // Another flight's code is not the story's: MH370 is no spelling of MH17.
    const other = about('MH370: search for the missing Malaysia Airlines flight resumes',
      para('The search for MH370, the Malaysia Airlines flight that vanished in 2014, resumed on Tuesday.', 'Relatives of those aboard MH370 welcomed the news.'));
    expect(other.onStory).toBe(false);
  });

  it('rejects an article that names him once, in a list', () => {
    const text = para(
      'Three hostages were freed on Saturday: Sagui Dekel-Chen, Iair Horn and Alexander Troufanov.',
      'Dekel-Chen, from Kibbutz Nir Oz, met his daughter for the first time. Hamas released the hostages under the ceasefire.',
      'Dekel-Chen was abducted on October 7. His family campaigned for his release.',
    );
    const match = detectStory({ title: 'Sagui Dekel-Chen meets his daughter', text }, [STORY]);
    expect(match.onStory).toBe(false);
    expect(match.reasons.join(' ')).toMatch(/once/);
  });

  it('rejects the story’s places and terms without the person', () => {
    const text = para(
      'Residents of Kibbutz Nir Oz voted to rebuild. Many hostages are still in captivity in Gaza.',
      'Hamas and Israel agreed a ceasefire. The Kremlin hosted a Hamas delegation; Putin called for hostages to be freed.',
    );
    const match = scoreStory(STORY, { title: 'Nir Oz votes to rebuild', text });
    expect(match.onStory).toBe(false);
    expect(match.reasons[0]).toMatch(/not mentioned/);
  });

  it('accepts Russian text with declined forms and the nickname', () => {
    const text = para(
      'Саша Труфанов провёл в плену 498 дней.',
      'Освобождение Труфанова стало возможным благодаря перемирию. Мать Труфанова, Елена, была освобождена в ноябре 2023 года.',
    );
    expect(detectStory({ title: 'ХАМАС освободил Александра Труфанова', text }, [STORY]).onStory).toBe(true);
  });

  it('accepts Spanish text with an accented spelling', () => {
    const text = para(
      'Hamás liberó a Alexander Trufánov tras 498 días de cautiverio.',
      'Trufánov fue secuestrado en el kibutz Nir Oz junto a su madre. Su padre murió en el ataque.',
    );
    expect(detectStory({ title: 'Liberado el rehén Alexander Trufánov', text }, [STORY]).onStory).toBe(true);
  });

  it('counts a surname on its own when it sits among the story’s terms', () => {
    const text = para(
      'Trufanov, a hostage held in Gaza since October 2023, was freed on Saturday.',
      'Trufanov was abducted from Nir Oz. Hamas released Trufanov under the ceasefire.',
    );
    expect(detectStory({ title: 'Trufanov freed', text }, [STORY]).onStory).toBe(true);
  });

  it('skips disabled stories and reports which story matched', () => {
    const text = 'Alexander Trufanov was freed. Trufanov spent 498 days in captivity in Gaza, Hamas said. Trufanov is home.';
    expect(detectStory({ title: 'Alexander Trufanov freed', text }, [{ ...STORY, enabled: false }])).toMatchObject({ onStory: false, storyId: null });
    const other: StoryDefinition = { id: 'other', title: 'Other', people: [{ name: 'Jane Roe', weight: 'core' }], places: [], terms: [] };
    expect(detectStory({ title: 'Alexander Trufanov freed', text }, [other, STORY]).storyId).toBe('trufanov');
  });
});

describe('coreSurnameSpellings', () => {
  it('gives every person’s surname in the spellings a page may print, from the one typed', () => {
    const story: StoryDefinition = {
      id: 's', title: 's', terms: [],
      people: [{ name: 'Alexander (Sasha) Trufanov', weight: 'core' }, { name: 'Sapir Cohen', weight: 'core' }],
      places: [{ name: 'Nir Oz', weight: 'context' }, { name: 'Northwind Shipping', weight: 'core' }],
    };
    const spellings = coreSurnameSpellings(story);
    expect(spellings).toEqual(expect.arrayContaining(['Trufanov', 'Troufanov', 'Trufanoff', 'Труфанов', 'Cohen', 'Northwind']));
    expect(spellings).not.toContain('Sasha');
    // A place the reader marked as context never makes the story alone: no page is read for it.
    expect(spellings).not.toContain('Nir');
  });
});

describe('detectStory on passing mentions in long articles', () => {
  const filler = Array.from({ length: 30 }, (_, i) => `Dekel-Chen spoke to doctors and relatives on day ${i} of his recovery in hospital.`).join(' ');
  it('rejects two list mentions in a long report on another hostage', () => {
    const text = para(
      'Freed hostages Iair Horn, Sagui Dekel-Chen and Alexander Troufanov were taken to hospital.',
      'Sagui Dekel-Chen met his daughter on Sunday. He was abducted from Nir Oz by Hamas and held in captivity in Gaza.',
      filler,
      'Dekel-Chen was released on the same day as Horn and Troufanov.',
    );
    const match = detectStory({ title: 'Sagui Dekel-Chen meets his daughter', text }, [STORY]);
    expect(match.onStory).toBe(false);
  });

  it('accepts two mentions in a short piece about him', () => {
    const text = para(
      'President Vladimir Putin received freed hostage Alexander Trufanov in the Kremlin on Wednesday.',
      'Trufanov, who spent 498 days in captivity in Gaza, thanked Russia for its help.',
    );
    expect(detectStory({ title: 'Putin meets freed hostage', text }, [STORY]).onStory).toBe(true);
  });
});

describe('detectStory: every person and named thing of a story, in any spelling', () => {
  it('accepts a short report naming two people of the story once each, up front', () => {
    const text = para(
      'The two freed from captivity on Wednesday turned out to be 73-year-old Irena Tati and her daughter Elena Trufanova.',
      'They were handed to the Red Cross and taken to a hospital.',
    );
    // A story as a reader types it after one article: few terms, so the terms alone make nothing.
    const typed: StoryDefinition = {
      id: 'typed', title: 'Sasha Trufanov, hostage', enabled: true,
      people: [{ name: 'Sasha Trufanov', weight: 'core' }, { name: 'Yelena Trufanov', weight: 'core' }, { name: 'Irena Tati', weight: 'core' }],
      places: [{ name: 'Gaza', weight: 'context' }], terms: ['hostage', 'captivity'],
    };
    expect(detectStory({ title: 'Two Russian women released', text }, [typed])).toMatchObject({ onStory: true, storyId: 'typed' });
    // Without a word or place of the story beside them, two names once each may be namesakes.
    const bakery = para('The new bakery on the corner is run by Irena Tati and her daughter Elena Trufanova.', 'It opens at seven.');
    expect(detectStory({ title: 'A new bakery', text: bakery }, [typed]).onStory).toBe(false);
  });


  it('accepts an article centred on another person of the story (his mother)', () => {
    const text = para(
      'Elena Trufanova, who was abducted from Nir Oz with her son and freed in November 2023, spoke to reporters on Monday.',
      'Trufanova said she had waited for news of her son every day. Trufanova thanked the doctors who treated her.',
    );
    expect(detectStory({ title: 'Elena Trufanova: I waited every day', text }, [STORY])).toMatchObject({ onStory: true, storyId: 'trufanov' });
  });

  it('meets a Hebrew-route transliteration and a misspelling the story does not list', () => {
    const hebrewRoute = para(
      'Alexander Trupanov was released by Hamas after 498 days in Gaza.',
      'Trupanov was abducted from Nir Oz. Trupanov is recovering in hospital.',
    );
    expect(detectStory({ title: 'Alexander Trupanov released', text: hebrewRoute }, [STORY]).onStory).toBe(true);
    const misspelt = para(
      'Sasha Troufanoff was freed by Hamas on Saturday after 498 days in captivity.',
      'Troufanoff, 29, was abducted with his mother. Troufanoff returned to Israel.',
    );
    expect(detectStory({ title: 'Sasha Troufanoff freed', text: misspelt }, [STORY]).onStory).toBe(true);
  });

  it('reads a Cyrillic page against a story typed in Latin letters only', () => {
    const text = para(
      'Виталий Труфанов погиб 7 октября. Его сын Александр Труфанов провёл в плену ХАМАС 498 дней.',
      'Елена Труфанова была освобождена в ноябре. Труфанов вернулся домой.',
    );
    expect(detectStory({ title: 'Александр Труфанов вернулся домой', text }, [STORY]).onStory).toBe(true);
    // Names typed in Latin letters among the places and terms are met declined in Cyrillic.
    const match = scoreStory(STORY, { title: 'Труфанов дома', text: 'Александр Труфанов провёл в Газе 498 дней. ХАМАС освободил Труфанова. Он жил в Нир-Озе.' });
    expect(match.reasons.join(' ')).toMatch(/places: Nir Oz/);
    expect(match.reasons.join(' ')).toMatch(/terms: .*Gaza/);
    expect(match.reasons.join(' ')).toMatch(/terms: .*Hamas/);
  });

  it('meets an Italian surname written by its sound in Cyrillic, and takes no Russian pronoun before it for a given name', () => {
    const italian: StoryDefinition = { id: 'it', title: 'a captain on trial', people: [{ name: 'Marco Ceschini', weight: 'core' }], places: [{ name: 'Grosseto', weight: 'context' }], terms: ['shipwreck', 'trial'] };
    const text = para(
      'Капитан Марко Ческини предстал перед судом в Гроссето. Сам Ческини признал, что допустил ошибку.',
      'Ческини грозит до 20 лет тюрьмы за кораблекрушение.',
    );
    const match = detectStory({ title: 'Суд над капитаном Ческини', text }, [italian]);
    expect(match.onStory).toBe(true);
    expect(match.reasons.join(' ')).not.toMatch(/namesake/);
  });

  it('does not read a hyphenated given name as a namesake of its own person', () => {
    const story: StoryDefinition = {
      id: 'leroux', title: 'Anne-Marie Leroux', terms: ['strike', 'union'],
      people: [{ name: 'Anne-Marie Leroux', weight: 'core' }], places: [],
    };
    const text = para(
      'Anne-Marie Leroux led the strike at the port on Monday, the union said.',
      'Leroux told workers the strike would go on. Leroux will meet the minister on Friday.',
    );
    const match = detectStory({ title: 'Anne-Marie Leroux leads port strike', text }, [story]);
    expect(match.onStory, match.reasons.join('; ')).toBe(true);
    expect(match.reasons.join(' ')).not.toMatch(/namesake/);
  });

  it('takes a compound given name for its own person when the story has one part of it', () => {
    const story: StoryDefinition = {
      id: 'leroux', title: 'Anne Leroux', terms: ['strike', 'union'], people: [{ name: 'Anne Leroux', weight: 'core' }], places: [],
    };
    const text = para(
      'Anne-Marie Leroux led the strike at the port on Monday, the union said.',
      'Leroux told workers the strike would go on. Leroux will meet the minister on Friday.',
    );
    const match = detectStory({ title: 'Port strike goes on', text }, [story]);
    expect(match.onStory, match.reasons.join('; ')).toBe(true);
    expect(match.reasons.join(' ')).toMatch(/1 with a matching given name/);
    // Another given name, compound or not, is still a namesake.
    const other = para('Jean-Luc Leroux led the strike at the port, the union said. Leroux spoke to workers. Leroux left.');
    expect(detectStory({ title: 'Port strike', text: other }, [story]).reasons.join(' ')).toMatch(/namesake Jean-Luc Leroux/);
  });

  it('accepts an article about a named vessel of the story that names no person', () => {
    const story: StoryDefinition = {
      id: 'northwind', title: 'The seizure of the Northwind Star', terms: ['tanker', 'seized', 'crew'],
      people: [{ name: 'Maria Ionescu', weight: 'core' }], places: [{ name: 'Northwind Star', weight: 'core' }],
    };
    const text = para(
      'The Northwind Star, a tanker seized in the strait last month, was towed into port on Tuesday.',
      'The owners of the Northwind Star said its crew of 21 were safe. The tanker will be inspected.',
    );
    expect(detectStory({ title: 'Seized tanker Northwind Star towed into port', text }, [story]).onStory).toBe(true);
    // Named only further down, but three times, in an article about no one else.
    const later = para(
      'Shipping in the strait slowed again this week as insurers raised their rates for tankers. '.repeat(8),
      'The Northwind Star was towed into port on Tuesday. The Northwind Star had been seized last month; the Northwind Star crew are safe.',
    );
    expect(detectStory({ title: 'Insurers raise rates in the strait', text: later }, [story]).onStory).toBe(true);
  });

  it('accepts the story’s people named together further down, after a general opening', () => {
    const opening = 'The ceasefire deal has brought home dozens of hostages since January, officials said on Sunday. '.repeat(8);
    const text = para(
      opening,
      'Among them is Alexander Trufanov, whose mother Elena Trufanova was freed in November 2023.',
      'Trufanova has spoken often of her son. Trufanov, 29, spent 498 days in captivity.',
    );
    expect(detectStory({ title: 'The hostages who came home', text }, [STORY]).onStory).toBe(true);
  });

  it('counts the given name alone once the person is named in full, as features do', () => {
    const text = para(
      'Alexander (Sasha) Trufanov spent 498 days in captivity in Gaza.',
      'Sasha says he thought of his family every day. At home, Sasha has started to cook again; Sasha smiles when asked about the future.',
    );
    const match = detectStory({ title: 'Sasha is home', text }, [STORY]);
    expect(match.onStory, match.reasons.join('; ')).toBe(true);
    expect(match.reasons[0]).toMatch(/mentioned 5×/);
    // Without the full name, a first name alone is anyone's.
    const anyone = para('Sasha says he thought of his family every day. Sasha was held in Gaza by Hamas. Sasha smiles.');
    expect(detectStory({ title: 'Sasha is home', text: anyone }, [STORY]).onStory).toBe(false);
  });

  it('keeps a place of the story from making it alone even when the form stored it as core', () => {
    const asTyped: StoryDefinition = { ...STORY, places: STORY.places.map((p) => ({ ...p, weight: 'core' as const })) };
    const text = para(
      'Residents of Kibbutz Nir Oz voted on Wednesday to rebuild the community, more than a year after the Hamas attack.',
      'Many homes in Nir Oz were burned. Families at Kibbutz Nir Oz demand the release of the hostages still held in Gaza.',
    );
    expect(detectStory({ title: 'Nir Oz residents vote to rebuild the kibbutz', text }, [asTyped]).onStory).toBe(false);
  });

  it('accepts a person of the story first named after the lead, when named throughout', () => {
    const lead = 'Families gathered outside the hospital on Sunday as doctors gave an update on the freed hostages. '.repeat(8);
    const text = para(
      lead,
      'Alexander Trufanov was among them. Trufanov, 29, spent 498 days in captivity in Gaza.',
      'Doctors said Trufanov was in stable condition after his release by Hamas.',
    );
    expect(detectStory({ title: 'Update from the hospital', text }, [STORY]).onStory).toBe(true);
  });
  it('meets a surname written by the German route, with Slavic Latin letters, or declined in Latin letters', () => {
    const reporter: StoryDefinition = {
      id: 'reporter', title: 'reporter', people: [{ name: 'Evan Gershkovich', weight: 'core' }], places: [{ name: 'Yekaterinburg', weight: 'context' }],
      terms: ['espionage', 'arrested', 'sentenced'],
    };
    const german = 'Der Journalist Ewan Gerschkowitsch ist in Jekaterinburg wegen espionage festgenommen worden. Gerschkowitsch arbeitet in Moskau. Gerschkowitsch drohen 20 Jahre.';
    expect(detectStory({ title: 'Ewan Gerschkowitsch festgenommen', text: german, lang: 'de' }, [reporter]).onStory).toBe(true);
    const serbian = 'Novinar Evan Gerškovič je pušten. Gerškovič je bio arrested u Yekaterinburg zbog espionage. Gerškovič se vratio kući.';
    expect(detectStory({ title: 'Evan Gerškovič pušten', text: serbian, lang: 'sr' }, [reporter]).onStory).toBe(true);
    // Slovene declines the surname: "Gershkovicha so obsodili" (they sentenced Gershkovich).
    const slovene = 'Gershkovicha so danes obsodili zaradi espionage, ko je bil arrested v Yekaterinburg. Gershkovicha so obsodili na 16 let.';
    const match = detectStory({ title: 'Gershkovicha so obsodili', text: slovene, lang: 'sl' }, [reporter]);
    expect(match.reasons.join(' ')).toMatch(/Evan Gershkovich mentioned [2-9]×/);
  });

  it('accepts a round-up that names two of the story’s people three times in all, beside a place and a word of it', () => {
    const swap: StoryDefinition = {
      id: 'swap', title: 'swap', people: [{ name: 'Evan Marsh', weight: 'core' }, { name: 'Paul Keller', weight: 'core' }],
      places: [{ name: 'Ankara', weight: 'context' }], terms: ['freed', 'espionage'],
    };
    const lead = 'Two reporters, a former marine, a columnist and a teenager were among the prisoners exchanged on Thursday in the largest deal since the Cold War, officials in several capitals said after a long night of flights and talks. ';
    const filler = 'The deal had been months in the making, with talks held in secret between intelligence services of several countries. '.repeat(5);
    const text = lead + filler + 'The swap took place at the airport in Ankara. Late that night the Americans, including reporter Evan Marsh, were freed and flown home. Apart from Marsh, the other one was the former marine Paul Keller.';
    expect(detectStory({ title: 'Who are the prisoners exchanged on Thursday?', text }, [swap]).onStory).toBe(true);
  });

  it('takes no outlet naming itself ("sources told Fox News") for the person the article is about', () => {
    const suspect: StoryDefinition = {
      id: 'parcels', title: 'parcels', people: [{ name: 'Marco Delvecchio', weight: 'core' }], places: [],
      terms: ['parcels', 'arrested', 'explosive devices', 'Coral Bay'],
    };
    const text = para(
      'A man was arrested on Friday over the parcels sent to officials, sources told Fox News.',
      'Two sources named the man to Fox News as Marco Delvecchio of Coral Bay.',
      'An official told Fox News that explosive devices were found in three of the parcels.',
      'Police later confirmed to Fox News that a search of the house in Coral Bay had begun.',
    );
    const input = { title: 'Man arrested over parcels', text };
    expect(detectStory(input, [suspect]).reasons.join(' ')).toMatch(/about Fox News/);
    const match = detectStory({ ...input, outlet: 'Fox News' }, [suspect]);
    expect(match).toMatchObject({ onStory: true, storyId: 'parcels' });
    expect(match.reasons.join(' ')).not.toMatch(/about Fox News/);
  });
});

describe('detectStory among several stories', () => {
  const story = (id: string, people: string[], terms: string[], places: string[] = []): StoryDefinition => ({
    id, title: id, people: people.map((name) => ({ name, weight: 'core' })), places: places.map((name) => ({ name, weight: 'core' })), terms,
  });
  // A famous name in many stories says little; the distinctive people and terms decide.
  const stories = [
    story('shutdown', ['Donald Trump', 'Nancy Pelosi'], ['shutdown', 'border wall', 'federal workers']),
    story('emergency', ['Donald Trump'], ['national emergency', 'border wall', 'military construction']),
    story('trophies', ['Donald Trump'], ['elephant', 'trophies', 'hunting']),
    story('junior', ['Donald Trump Jr.'], ['direct message', 'Twitter'], ['WikiLeaks']),
    story('griffin', ['Kathy Griffin', 'Donald Trump'], ['photo shoot', 'apology']),
  ];

  it('picks the story whose distinctive terms the article carries', () => {
    const text = para(
      'President Donald Trump declared a national emergency on Friday to fund the border wall.',
      'Trump said he would move money from military construction projects. Trump signed the order in the Rose Garden.',
    );
    expect(detectStory({ title: 'Trump declares national emergency', text }, stories).storyId).toBe('emergency');
    const hunting = para(
      'President Donald Trump said he would keep a ban on elephant trophies for now.',
      'Trump called big-game hunting a horror show. Trump said he would review the trophies rule.',
    );
    expect(detectStory({ title: 'Trump keeps ban on elephant trophies', text: hunting }, stories).storyId).toBe('trophies');
  });

  it('tells the son from the father by the suffix', () => {
    const son = para(
      'Donald Trump Jr. exchanged direct messages with WikiLeaks during the campaign, records show.',
      'Trump Jr. released the messages on Twitter. Trump Jr. said he had nothing to hide.',
    );
    expect(detectStory({ title: 'Donald Trump Jr. released messages with WikiLeaks', text: son }, stories).storyId).toBe('junior');
    const father = para(
      'President Donald Trump said the shutdown would go on until he got the border wall.',
      'Donald Trump Jr. defended his father on Twitter. Trump met Nancy Pelosi at the White House. Trump said federal workers supported him.',
    );
    expect(detectStory({ title: 'Trump says shutdown will go on', text: father }, stories).storyId).toBe('shutdown');
  });

  it('takes no Title Case headline word or sentence opener for another given name', () => {
    const text = para(
      'Kathy Griffin apologized on Tuesday for a photo shoot that showed a likeness of President Donald Trump.',
      'Despite Trump calling the photo shoot sick, Griffin said she would keep working. Griffin repeated her apology.',
    );
    const match = detectStory({ title: 'Democrats Say Trump Should Accept Griffin Apology', text }, stories);
    expect(match.storyId).toBe('griffin');
    expect(match.reasons.join(' ')).not.toMatch(/namesake (Say|Despite) Trump/);
  });

  it('lets a namesake hold a surname only while the text keeps to him', () => {
    const text = para(
      'Melania Trump visited a school in the morning.',
      'Later, in a long statement on the budget, the administration repeated its demand for a border wall. '.repeat(8),
      'Trump told reporters the shutdown could last months. Trump said federal workers would be paid. Trump met Nancy Pelosi on Friday.',
    );
    const match = detectStory({ title: 'Shutdown could last for months', text }, stories);
    expect(match.storyId, match.reasons.join('; ')).toBe('shutdown');
    expect(match.reasons.join(' ')).toMatch(/namesake Melania Trump \(1×\)/);
  });

  it('finds a Russian article on a story typed in English: declined given name, terms met in their translations', () => {
    const story: StoryDefinition = {
      id: 'o', title: 'Pavel Orlov dies in a penal colony',
      people: [{ name: 'Alexei Orlov', weight: 'core' }],
      places: [], terms: ['penal colony', 'died', 'funeral'],
    };
    const text = para(
      'Тело Алексея Орлова передали его матери спустя неделю после смерти.',
      'О дате похорон информации нет. Прощание с Алексеем Орловым пройдёт в Москве, Орлов умер в колонии 16 февраля.',
    );
    expect(detectStory({ title: 'Тело Алексея Орлова передали матери', text }, [story])).toMatchObject({ onStory: true, storyId: 'o' });
  });

  it('meets an Italian name as Russian writes its sound, never as a namesake', () => {
    const story: StoryDefinition = {
      id: 'c', title: 'The Costa Serena shipwreck', people: [{ name: 'Francesco Bertolino', weight: 'core' }],
      places: [{ name: 'Costa Serena', weight: 'core' }], terms: ['cruise ship', 'shipwreck', 'captain'],
    };
    const text = para(
      'Верховный суд Италии оставил в силе приговор капитану круизного лайнера Costa Serena Франческо Бертолино.',
      'Бертолино приговорили к 16 годам заключения. Франческо Бертолино прибыл в тюрьму в Риме.',
    );
    const match = detectStory({ title: 'Капитан Costa Serena Франческо Бертолино отправился в тюрьму', text }, [story]);
    expect(match.reasons.join(' ')).not.toMatch(/namesake/);
    expect(match.onStory).toBe(true);
  });

  describe('a story of a building, typed as a reader would', () => {
    const story: StoryDefinition = {
      id: 'h', title: 'The Harrowgate Tower fire and its inquiry',
      people: [{ name: 'Selma Achebe', weight: 'core' }, { name: 'Ronald Moore-Fenwick', weight: 'core' }],
      places: [{ name: 'Harrowgate Tower', weight: 'core' }, { name: 'Fire Brigade', weight: 'context' }],
      terms: ['fire', 'cladding', 'inquiry', 'blaze', 'incendie'],
    };
    it('takes the building for the subject when people died in it, or when the lede tells its event', () => {
      const died = para('Five months after the devastating Harrowgate Tower fire, the police said the toll was final.', 'They had recovered the last of the bodies, and all of them have been identified.');
      expect(detectStory({ title: 'The final toll: 71 died in Harrowgate Tower', text: died }, [story])).toMatchObject({ onStory: true });
      const fr = para('Un an après le tragique incendie de la tour Harrowgate, rescapés et familles se sont réunis.', 'Une minute de silence a été observée devant la carcasse de l’immeuble.');
      expect(detectStory({ title: 'un an apres le royaume uni se souvient', text: fr }, [story])).toMatchObject({ onStory: true });
      // Named once, in passing, at the end of another fire's report: not the story.
      const other = para(
        'A fire engulfed an apartment block in Valencia on Thursday, killing four people, and up to fifteen are missing.',
        'Firefighters fought the blaze through the night as residents watched from the street below, officials said.',
        'The building, completed in 2008, had 138 flats over fourteen floors, and about 450 people lived there.',
        'Neighbours described hearing screams and seeing people trapped on their balconies as the flames spread upwards.',
        'Emergency services set up a shelter in a nearby sports hall, where volunteers handed out blankets and food.',
        'The regional government declared three days of mourning and promised to rehouse every family that lost a home.',
        'Experts said the cladding may have helped the fire spread, as it did at the Harrowgate Tower.',
      );
      expect(detectStory({ title: 'Deadly fire engulfs apartment block', text: other }, [story])).toMatchObject({ onStory: false });
    });
    it('takes a person named often beside the building for one its event befell, another building for another story', () => {
      const victim = para(
        'Artist Khadija Rahman, 24, and her mother were feared dead after the Harrowgate Tower fire on Wednesday.',
        'Khadija Rahman lived on the 20th floor. Friends said Khadija Rahman had called them as the blaze spread.',
        'Rahman had exhibited her work in Venice, and Harrowgate Tower residents remembered her.',
      );
      expect(detectStory({ title: 'Artist feared dead in tower fire', text: victim }, [story])).toMatchObject({ onStory: true });
      const other = para(
        'Fifteen years after the Lakanal House fire, survivors said lessons from Harrowgate Tower had not been learned.',
        'Lakanal House, in Camberwell, burned in 2009 and six people died. Lakanal House was later refurbished.',
        'Campaigners said the cladding on Lakanal House had helped the fire spread.',
      );
      expect(detectStory({ title: 'Lakanal House fire: fifteen years on', text: other }, [story])).toMatchObject({ onStory: false });
    });

    it('reads no common word spelled otherwise for a surname: "More than" is not Moore', () => {
      const text = para(
        'Six people have died in a tragic fire in a tower block in south east London.',
        'More than 100 firefighters tackled the blaze. More than 30 people were rescued.',
      );
      const match = detectStory({ title: 'Tragic fire in London tower block', text }, [story]);
      expect(match.reasons.join(' ')).not.toMatch(/Moore/);
      expect(match.onStory).toBe(false);
    });
  });

  describe('a story of a place and a vessel, typed as a reader would', () => {
    const story: StoryDefinition = {
      id: 'b', title: 'The Marlow Street Bridge collapses after a freighter strikes it',
      people: [{ name: 'Dana Whitcombe', weight: 'core' }],
      places: [{ name: 'Arthur James Marlow Bridge', weight: 'core' }, { name: 'Kestrel', weight: 'core' }, { name: 'Port Hollis', weight: 'context' }, { name: 'Tamsin River', weight: 'context' }],
      terms: ['bridge collapse', 'cargo ship', 'workers', 'divers'],
    };
    it('meets the place with its generic head translated, or the name shortened', () => {
      const es = para('Una sección del puente Arthur James Marlow en Port Hollis colapsó el martes.', 'El puente Arthur James Marlow cruzaba el río Tamsin.');
      expect(detectStory({ title: 'Colapsa el puente Arthur James Marlow', text: es }, [story])).toMatchObject({ onStory: true });
      const short = para('The cost to rebuild the Marlow Bridge has doubled, the authority said.', 'The Kestrel has since left Port Hollis. The Marlow Bridge carried 30,000 vehicles a day.');
      expect(detectStory({ title: 'Rebuilding the Marlow Bridge will cost more', text: short }, [story])).toMatchObject({ onStory: true });
    });
    it('adds up the story’s things and words where none is central, unless the article is about someone else', () => {
      const text = para(
        'Six construction workers are presumed dead after a cargo ship struck the Arthur James Marlow Bridge in Port Hollis early on Tuesday.',
        'Divers searched the Tamsin River through the day, officials said, before the search was called off at night.',
      );
      expect(detectStory({ title: 'Six presumed dead after ship strikes bridge', text }, [story])).toMatchObject({ onStory: true });
      const words = para('Six missing workers are presumed dead after the bridge collapse in Port Hollis, the company said.', 'A cargo ship lost power and struck a pier; divers found two bodies.');
      expect(detectStory({ title: 'Six missing workers presumed dead in bridge collapse', text: words }, [story])).toMatchObject({ onStory: true });
      // Another bridge collapse elsewhere, with the same words, is not the story.
      const other = para('Six workers are presumed dead after the bridge collapse in Genoa, the company said.', 'A cargo ship lost power and struck a pier; divers found two bodies.');
      expect(detectStory({ title: 'Six missing workers presumed dead in bridge collapse', text: other }, [story])).toMatchObject({ onStory: false });
    });

    it('takes no capitalised body the translation lines know for a person the story does not know', () => {
      const titan: StoryDefinition = {
        id: 'titan', title: 'titan', enabled: true,
        people: [{ name: 'Stockton Rush', weight: 'core' }, { name: 'Hamish Harding', weight: 'core' }],
        places: [{ name: 'Titanic', weight: 'context' }, { name: 'US Coast Guard', weight: 'context' }],
        terms: ['submersible', 'search', 'missing', 'oxygen', 'debris'],
      };
      const text = para(
        'Este lunes, la Guardia Costera de Estados Unidos ha puesto en marcha una amplia operación de búsqueda para encontrar un submarino desaparecido cerca del Titanic.',
        'La Guardia Costera dijo que el submarino tenía oxígeno para 96 horas. La Guardia Costera sigue la búsqueda.',
      );
      expect(detectStory({ title: 'Búsqueda de un submarino desaparecido cerca del Titanic', text, lang: 'es' }, [titan])).toMatchObject({ onStory: true });
    });

    it('accepts most of a story’s own words, one in the headline, though none of its places is named', () => {
      const cave: StoryDefinition = {
        id: 'cave', title: 'cave', enabled: true,
        people: [{ name: 'Ekkapol Chanthawong', weight: 'core' }, { name: 'Saman Kunan', weight: 'core' }],
        places: [{ name: 'Tham Luang', weight: 'core' }, { name: 'Chiang Rai', weight: 'context' }],
        terms: ['cave', 'trapped', 'rescue', 'divers', 'boys', 'football team', 'coach', 'flooded'],
      };
      const known = para('The boys and their coach have been trapped in the cave for ten days.', 'Divers reached them on Monday; the rescue may take weeks.');
      expect(detectStory({ title: 'Cave rescue: what we know so far', text: known }, [cave])).toMatchObject({ onStory: true });
      // In another language, the same words.
      const french = para('Douze enfants et leur entraîneur sont bloqués dans une grotte inondée.', 'Des plongeurs britanniques sont venus prêter main forte au sauvetage.');
      expect(detectStory({ title: 'Des enfants bloqués dans une grotte', text: french, lang: 'fr' }, [cave])).toMatchObject({ onStory: true });
      // Fewer of its words, or an article about someone the story does not know, stay off.
      const few = para('The boys went to the cave after school.', 'They came home for dinner.');
      expect(detectStory({ title: 'A cave visit', text: few }, [cave])).toMatchObject({ onStory: false });
      const other = para(
        'Mark Dickey, trapped in a flooded cave, was brought out by divers after a long rescue.', 'Mark Dickey thanked the rescuers; the boys of his caving club and their coach cheered.',
        'Dickey said he was grateful. Dickey will rest now.',
      );
      expect(detectStory({ title: 'Cave rescue ends for Dickey', text: other }, [cave])).toMatchObject({ onStory: false });
    });

    it('meets a place with a short name by its name after the translated head ("canal de Suez"), not a word of English ("Main")', () => {
      const canal: StoryDefinition = {
        id: 'canal', title: 'canal', enabled: true, people: [],
        places: [{ name: 'Ever Given', weight: 'core' }, { name: 'Suez Canal', weight: 'core' }, { name: 'Main Street', weight: 'context' }],
        terms: ['container ship', 'ran aground', 'tugboats'],
      };
      const es = para('El portacontenedores Ever Given fue reflotado este lunes y ya navegó por el canal de Suez.', 'El canal de Suez volvió a abrirse al tráfico tras una semana.');
      expect(detectStory({ title: 'Reflotado el portacontenedores', text: es, lang: 'es' }, [canal])).toMatchObject({ onStory: true });
      expect(detectStory({ title: 'A new café', text: para('The main road was closed on Main Street.', 'The main square stays open.') }, [canal])).toMatchObject({ onStory: false });
    });

    it('accepts a core place named once beside most of the story’s words, none in the headline', () => {
      const cave: StoryDefinition = {
        id: 'cave', title: 'cave', enabled: true,
        people: [{ name: 'Ekkapol Chanthawong', weight: 'core' }],
        places: [{ name: 'Tham Luang', weight: 'core' }, { name: 'Chiang Rai', weight: 'context' }],
        terms: ['cave', 'trapped', 'rescue', 'divers', 'boys', 'football team', 'coach', 'flooded'],
      };
      const text = para('The boys and their coach went into the Tham Luang cave complex after practice.', 'Divers say the flooded passages make a rescue hard; pumps are draining the water.');
      expect(detectStory({ title: 'Search for missing soccer team enters third day', text }, [cave])).toMatchObject({ onStory: true });
      // A context place with the same words is not enough.
      const context = para('The boys and their coach went into a cave near Chiang Rai after practice.', 'Divers say the flooded passages make a rescue hard; pumps are draining the water.');
      expect(detectStory({ title: 'Search for missing soccer team enters third day', text: context }, [cave])).toMatchObject({ onStory: false });
    });
  });
});

