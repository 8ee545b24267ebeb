// Given names that are one name: a given name, its spellings in other languages (Ukrainian
// Oleksandr, Olena, Mykola…) and routes of transliteration, and the short forms and nicknames people go by (Sasha for Alexander, Jim for
// James, Sandi for Sandra). Language data, not story data: a reader types "Alexander Trufanov"
// or "Jim Mattis" once, and the engine knows the rest. Spellings that differ only in what
// `looseName` folds (Vitaly / Vitaliy / Vitali, Aleksandr / Alexandr) need no line of their own.
// A short form that belongs to several names (Alex, Sasha, Chris) is in each of their groups.
// The last lines hold given names that English also writes as words (Mark, Hope, Chase): the
// names pass asks the table before it takes two such words ("Social Security") for a thing.

const GROUPS = `
alexander aleksandr alexandre alejandro alessandro aleksander alexandros oleksandr olexandr sasha sacha sascha sashka alex aleks shura sanya
alexandra aleksandra alejandra alessandra oleksandra sasha sacha sascha alex sandra sandy sandi
sandra sandy sandi sondra
elena yelena helena helen ellen lena alena alyona jelena elene olena
irina irena irene iryna ira
vitaly vitalik vitalij
ekaterina yekaterina kateryna katerina catherine katherine kathryn katarina kate katie kathy cathy katya
maria mariya marie mary masha mariia
natalia natalya nataliya natalie nathalie natasha
olga olya
tatiana tatyana tetiana tetyana tanya
anna anne ann anya annie hannah
sofia sophia sophie sonia sonya
yulia julia julie yuliya
evgeny yevgeny yevhen eugene zhenya evgeni
dmitry dmitri dmytro dimitri dima
mikhail mykhailo mykhaylo michael michel miguel mike mikey misha mick mickey
nikolai nikolay mykola nicholas nicolas nick nicky kolya
pavel pavlo paul pablo paolo pasha
pyotr petr petro peter pierre pedro pete petya
ivan john johann juan jean giovanni jack johnny jon vanya
yakov jacob jacques jake yaakov
iosif joseph josef jose joe joey yosef
grigory hryhoriy gregory greg grisha
sergei sergey serhiy serhii sergio serge seryozha
andrei andrey andriy andrii andrew andreas andre andres andy drew
alexei aleksei alexey oleksiy oleksii alyosha lyosha
vladimir volodymyr vova volodya
boris borya
konstantin constantine kostya
leonid lyonya
maxim maksim maximilian max
yuri yury yurii yuriy george jorge georg georgy georgi
stepan stephen steven stefan esteban steve
fyodor fedor theodore ted teddy fedya
ilya elijah eliyahu eli
moshe moses
david dave davey dudu
daniel dan danny dani
benjamin binyamin benny ben
jonathan yonatan jon jonny yoni
yitzhak isaac itzik
avraham abraham avi abe
shmuel samuel sam sammy
yosef joseph yossi
james jim jimmy jamie
william bill billy will willie liam
robert bob bobby rob robbie bert
richard dick rick ricky rich
thomas tom tommy
timothy tim timmy
charles charlie chuck chas
edward ed eddie ted ned
christopher chris kit
christine christina chris chrissy tina
patrick pat paddy
patricia pat patty trish tricia
anthony antony tony antonio
joshua josh
matthew matt matty
nathaniel nathan nate
samantha sam sammy
elizabeth liz lizzie beth betty betsy eliza liza
margaret maggie meg peggy marge
susan sue susie suzanne
deborah debra debbie deb
jennifer jenny jen
rebecca becky becca rivka
barbara barb barbie
victoria vicky tori
kimberly kim
pamela pam
cynthia cindy
judith judy
gerald gerry jerry
jeffrey geoffrey jeff geoff
lawrence laurence larry
kenneth ken kenny
ronald ron ronnie
donald don donnie
douglas doug
raymond ray
frederick fred freddie
harold harry hal
henry harry hank enrique henri heinrich
francis frank francisco francesco
franklin frank
alfred alfie al
albert al bert
allen alan allan al
walter walt wally
lewis louis lou luis
benedict ben
mitchell mitch
bernard bernie
zachary zach zack
nancy nan
leonard len lenny
philip phil
randolph randy
abigail abby
valerie val
arthur art artie
rodney rod
mark marc marcus marco
grant
chase
guy
hope
faith
joy
dawn
summer
crystal
tiger
rush
miles
chip
ginger
`;

const LINES = GROUPS.trim().split('\n').map((line) => line.trim().split(/\s+/));

/** Group numbers of each folded given name. */
let groupsOf: Map<string, number[]> | null = null;

function build(fold: (name: string) => string): Map<string, number[]> {
  const map = new Map<string, number[]>();
  LINES.forEach((line, group) => {
    for (const name of line) {
      const key = fold(name);
      const list = map.get(key);
      if (!list) map.set(key, [group]);
      else if (!list.includes(group)) list.push(group);
    }
  });
  return map;
}

/** The groups a folded given name belongs to (empty when the table does not know it). */
export function givenNameGroups(folded: string, fold: (name: string) => string): readonly number[] {
  groupsOf ??= build(fold);
  return groupsOf.get(folded) ?? [];
}

/** Every folded member of the groups of a folded given name, itself included. */
export function givenNameForms(folded: string, fold: (name: string) => string): string[] {
  groupsOf ??= build(fold);
  const groups = groupsOf.get(folded);
  if (!groups) return [folded];
  const forms = new Set([folded]);
  for (const [name, of] of groupsOf) if (of.some((g) => groups.includes(g))) forms.add(name);
  return [...forms];
}

const variantsCache = new Map<string, string[]>();

/** The table's spellings of the names a given name is one with (Sasha → Alexander, Sacha, Alex…), itself first. */
export function givenNameVariants(given: string, fold: (name: string) => string): string[] {
  let out = variantsCache.get(given);
  if (out) return out;
  groupsOf ??= build(fold);
  const groups = groupsOf.get(fold(given));
  out = [given];
  if (groups) for (const group of groups) for (const name of LINES[group]!) if (!out.includes(name)) out.push(name);
  if (variantsCache.size >= 5000) variantsCache.clear();
  variantsCache.set(given, out);
  return out;
}

/**
 * The name that stands for all the spellings and short forms of a given name, as a topic: the
 * head of the first group it belongs to (Sandi and Sandra → Alexandra's group, Jim → James), or
 * null when the table does not know it. Two names of one group then meet, and their spellings
 * decide whether they are the same or a variant.
 */
export function givenNameHead(folded: string, fold: (name: string) => string): string | null {
  groupsOf ??= build(fold);
  const groups = groupsOf.get(folded);
  if (!groups?.length) return null;
  return LINES[Math.min(...groups)]![0]!;
}
