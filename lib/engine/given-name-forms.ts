// Short and long forms of common English given names: one person is "James Mattis" in one
// source and "Jim Mattis" in the next. Language data, used when a story is proposed from one
// article so that its person is recognised under either form. Each line is one family of forms.
const FAMILIES = `
james jim jimmy jamie
robert bob bobby rob robbie
william bill billy will willie
richard dick rick ricky rich
charles chuck charlie
thomas tom tommy
michael mike mick mickey
joseph joe joey
john jack johnny
edward ed eddie ted ned
elizabeth liz beth betsy lizzie
katherine kate kathy katie
catherine cathy kate
margaret maggie peggy meg
patricia pat patty trish
patrick pat
christopher chris
christine chris tina
daniel dan danny
david dave
steven steve
stephen steve
anthony tony
andrew andy drew
benjamin ben
nicholas nick
alexander alex sasha
alexandra alex sasha
jennifer jen jenny
deborah debbie deb
rebecca becky
susan sue susie
timothy tim
matthew matt
gregory greg
jeffrey jeff
lawrence larry
ronald ron ronnie
donald don
gerald jerry
samuel sam
kenneth ken
douglas doug
frederick fred
harold harry hal
henry hank
leonard len lenny
peter pete
raymond ray
theodore ted teddy
zachary zach
joshua josh
jonathan jon
nathaniel nate
mitchell mitch
albert al
philip phil
randolph randy
kimberly kim
pamela pam
abigail abby
victoria vicky
valerie val
`;

const forms = new Map<string, Set<string>>();
for (const line of FAMILIES.trim().split('\n')) {
  const family = line.trim().split(/\s+/);
  for (const name of family) {
    const set = forms.get(name) ?? new Set<string>();
    for (const other of family) if (other !== name) set.add(other);
    forms.set(name, set);
  }
}

/** Other forms of a given name ("Jim" → James, Jimmy, Jamie), capitalised; empty when none is known. */
export function otherGivenForms(given: string): string[] {
  const set = forms.get(given.toLowerCase());
  if (!set) return [];
  return [...set].map((f) => f[0]!.toUpperCase() + f.slice(1));
}
