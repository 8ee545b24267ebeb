// Who someone is, said of a person just named: "Roy Moore, then an assistant district attorney,",
// "John Kelly, a retired four-star Marine general,", "Ana Ruiz, ingeniera de software,". Outlets
// describe the same person's post or trade in their own words, and a reader wants them compared
// ("a retired Marine general" / "a retired four-star Marine general" agree). Read without a
// tagger: a comma after a name, an optional article or time word, up to four modifiers and a
// noun of a post or trade from the list below (language data), then a comma, a full stop or a
// preposition ("… of the Treasury", "… at Amazon").
import type { Token } from './tokens';

export interface RoleMention {
  /** Token range of the role phrase, article and time words left out. */
  from: number;
  to: number;
  /** The post or trade: "attorney", "general", "engineer" (English for the other languages' nouns). */
  noun: string;
  /** The modifiers before it, lower case: "special assistant district", "retired four-star marine". */
  modifiers: string[];
  /** Token index of the last word of the name the role is said of, or of the pronoun ("He was a…"). */
  nameAt: number;
  pronoun: boolean;
}

/** Verbs that say what someone is or was: "was a special assistant district attorney", "served as an aide". */
const COPULA = /^(is|was|became|becomes|remains|remained|es|fue|era|est|était|fut|является|был|была|работал|работала)$/;
const COPULA_AS = /^(served|serves|worked|works|sirvió|trabajó|trabaja)$/;
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'él', 'ella', 'il', 'elle', 'он', 'она']);

// Nouns of posts and trades, each language's word mapped to the English one so outlets compare
// across languages ("engineer" / "ingeniero" / "ingénieur" / "инженер").
const ROLE_NOUNS = new Map<string, string>();
for (const line of [
  'attorney', 'lawyer abogado abogada avocat avocate адвокат юрист', 'prosecutor fiscal procureur прокурор', 'judge juez jueza juge судья',
  'general', 'colonel coronel колонель полковник', 'officer oficial officier офицер', 'soldier soldado soldat солдат', 'sergeant sargento sergent сержант',
  'captain capitán capitaine капитан', 'lieutenant teniente лейтенант', 'commander comandante командир', 'admiral almirante amiral адмирал', 'marine',
  'engineer ingeniero ingeniera ingénieur ingénieure инженер', 'doctor médico médica médecin врач', 'nurse enfermero enfermera infirmier infirmière медсестра',
  'teacher maestro maestra profesora enseignant enseignante учитель учительница', 'professor profesor professeur профессор', 'student estudiante étudiant étudiante студент студентка',
  'reporter', 'journalist periodista journaliste журналист журналистка', 'editor', 'correspondent corresponsal correspondant корреспондент',
  'senator senador senadora sénateur сенатор', 'congressman', 'congresswoman', 'representative', 'governor gobernador gobernadora gouverneur губернатор',
  'mayor alcalde alcaldesa maire мэр', 'secretary', 'minister ministro ministra ministre министр', 'ambassador embajador embajadora ambassadeur посол',
  'diplomat diplomático diplomate дипломат', 'spokesman', 'spokeswoman', 'spokesperson portavoz porte-parole', 'director directora directeur directrice директор',
  'chairman', 'chairwoman', 'executive', 'ceo', 'founder fundador fundadora fondateur fondatrice основатель', 'adviser advisor asesor asesora conseiller conseillère советник',
  'aide', 'analyst analista analyste аналитик', 'consultant consultor consultora консультант', 'contractor', 'agent agente агент', 'detective', 'sheriff',
  'pilot piloto pilote пилот', 'farmer agricultor agricultora agriculteur фермер', 'writer escritor escritora écrivain писатель', 'author autor autora auteur автор',
  'actor actriz acteur actrice актёр актер актриса', 'singer cantante chanteur chanteuse певец певица', 'musician músico musicien музыкант',
  'priest sacerdote prêtre священник', 'rabbi rabino rabbin раввин', 'pastor', 'bishop obispo évêque епископ', 'activist activista activiste активист активистка',
  'lobbyist', 'economist economista économiste экономист', 'scientist científico científica scientifique учёный', 'researcher investigador investigadora chercheur chercheuse исследователь',
  'programmer programador programadora programmeur программист', 'developer desarrollador développeur разработчик', 'architect arquitecto arquitecta architecte архитектор',
  'banker banquero banquier банкир', 'businessman empresario empresaria businessman бизнесмен предприниматель', 'businesswoman', 'entrepreneur emprendedor emprendedora',
  'investor inversor investisseur инвестор', 'manager gerente gérant менеджер', 'veteran veterano veterana vétéran ветеран', 'paramedic paramédico', 'firefighter bombero pompier пожарный',
  'clerk', 'staffer', 'intern', 'nominee', 'candidate candidato candidata candidat candidate кандидат',
]) {
  const [english, ...others] = line.split(' ');
  for (const w of [english!, ...others]) ROLE_NOUNS.set(w, english!);
}

/** Words between the comma and the role that say when, not what: "then an assistant…", "now a retired…". */
const LEAD_WORDS = new Set(['a', 'an', 'the', 'then', 'now', 'once', 'currently', 'also', 'still', 'former', 'then-', 'his', 'her', 'their', 'its', 'su', 'sa', 'son', 'leur', 'un', 'una', 'el', 'la', 'une', 'le', 'ahora', 'entonces', 'alors']);
/** Words that end a role phrase after its noun. */
const AFTER_ROLE = new Set([',', '.', ';', ')', '—', '–', 'of', 'at', 'for', 'in', 'with', 'who', 'from', 'and', 'de', 'en', 'del', 'chez', 'à', 'в', 'из', 'который', 'которая', 'que', 'qui']);
/** Words no role phrase holds: a clause or a list, not a description ("…, who is chairman", "…, Catholic and chairman"). */
const NOT_MODIFIER = new Set(['who', 'whose', 'which', 'that', 'as', 'and', 'or', 'to', 'is', 'was', 'are', 'were', 'be', 'been', 'become', 'became', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'not', 'but', 'said', 'says', 'que', 'qui', 'y', 'et', 'и', 'который', 'которая']);

/** Modifiers that make a different post, not a finer description of one: "assistant district attorney" is not "district attorney". */
export const RANK_MODIFIERS = new Set(['assistant', 'deputy', 'vice', 'associate', 'acting', 'interim', 'adjunct', 'junior', 'senior', 'lieutenant', 'under', 'sub', 'co']);

/** The roles a sentence states of people named in it; `isNameEnd(i)` says whether token i ends a person's name. */
export function findRoles(tokens: readonly Token[], isNameEnd: (i: number) => boolean): RoleMention[] {
  const out: RoleMention[] = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    let nameAt = -1;
    let pronoun = false;
    let k = i + 1;
    if (tokens[i]!.text === ',') {
      // "Kelly, 68, a retired general": past an age in apposition.
      nameAt = isNameEnd(i - 1) ? i - 1 : /^\d+$/.test(tokens[i - 1]!.text) && tokens[i - 2]?.text === ',' && isNameEnd(i - 3) ? i - 3 : -1;
    } else if (COPULA.test(tokens[i]!.lower) || (COPULA_AS.test(tokens[i]!.lower) && /^(as|como|comme)$/.test(tokens[i + 1]?.lower ?? ''))) {
      // "Moore was an assistant district attorney", "He also was a special assistant…": the
      // subject right before the verb (an adverb between allowed), and an article after it.
      let b = i - 1;
      if (tokens[b] && /^(also|then|later|once|previously|formerly|también|aussi)$/.test(tokens[b]!.lower)) b--;
      if (b >= 0 && isNameEnd(b)) nameAt = b;
      else if (b >= 0 && SUBJECT_PRONOUNS.has(tokens[b]!.lower) && (b === 0 || !/^\p{L}/u.test(tokens[b - 1]!.text))) {
        nameAt = b;
        pronoun = true;
      }
      if (COPULA_AS.test(tokens[i]!.lower)) k = i + 2;
      if (/^(also|then|later|once|previously|formerly|también|aussi)$/.test(tokens[i + 1]?.lower ?? '')) k = i + 2;
      // A role after a verb needs its article: "was director" is rarer than "was director of …" clauses.
      if (!/^(a|an|the|un|una|une)$/.test(tokens[k]?.lower ?? '')) nameAt = -1;
    }
    if (nameAt < 0) continue;
    let lead = 0;
    while (k < tokens.length && LEAD_WORDS.has(tokens[k]!.lower) && lead < 2) {
      k++;
      lead++;
    }
    // An article or a time word is needed in English ("Kelly, a retired general"); Spanish and
    // French put the role straight after the comma ("Ruiz, ingeniera de software").
    const from = k;
    const modifiers: string[] = [];
    let noun: string | null = null;
    for (; k < tokens.length && k - from <= 4; k++) {
      const t = tokens[k]!;
      if (!(t.lowerInitial || t.upperInitial || /^\d/.test(t.text))) break;
      if (NOT_MODIFIER.has(t.lower)) break;
      const role = ROLE_NOUNS.get(t.lower);
      const next = tokens[k + 1];
      // The noun is the last word of the phrase: "a district attorney's office" is an office.
      if (role && (!next || AFTER_ROLE.has(next.lower))) {
        noun = role;
        break;
      }
      modifiers.push(t.lower);
    }
    if (!noun) continue;
    // Without an article only the bare noun or lower-case modifiers: "Kelly, Marine Corps…" is no role.
    if (lead === 0 && modifiers.some((m, j) => !tokens[from + j]!.lowerInitial)) continue;
    out.push({ from, to: k + 1, noun, modifiers, nameAt, pronoun });
    i = k;
  }
  return out;
}

/**
 * Whether two roles said of one person agree: the same noun, and one's modifiers all among the
 * other's ("retired Marine general" / "retired four-star Marine general"), with the same rank
 * words on both sides. Anything else is left unlinked: two posts of one career are no conflict.
 */
export function rolesAgree(a: string[], b: string[]): boolean {
  if (a[0] !== b[0]) return false;
  const ma = new Set(a.slice(1));
  const mb = new Set(b.slice(1));
  for (const r of RANK_MODIFIERS) if (ma.has(r) !== mb.has(r)) return false;
  const [small, big] = ma.size <= mb.size ? [ma, mb] : [mb, ma];
  for (const m of small) if (!big.has(m)) return false;
  return true;
}
