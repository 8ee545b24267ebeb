// The engine's data model. Everything here is plain JSON-serialisable data so that the
// same objects travel from the engine to the background, the database and the UI.

/** A story the reader follows, written as data (see public/stories/*.json). */
export interface StoryDefinition {
  id: string;
  title: string;
  /** People by their usual names, as a reader types them; the engine finds their other spellings. */
  people: StoryEntity[];
  /** Places and organisations central to the story. */
  places: StoryEntity[];
  /** Key terms and events ("hostage", "ceasefire"): weak evidence on their own. */
  terms: string[];
  /** Whether detection runs for this story. */
  enabled?: boolean;
  builtIn?: boolean;
}

export interface StoryEntity {
  /** The canonical label, e.g. "Alexander Trufanov". */
  name: string;
  /** Optional extra spellings; transliterations, case forms and short forms need none (name-variants.ts). */
  aliases?: string[];
  /** Optional extra given names; the one in `name` and its short forms are known already. */
  givenNames?: string[];
  /** How central the entity is: 'core' entities carry detection, 'context' ones support it. */
  weight?: 'core' | 'context';
}

export interface StoryMatch {
  storyId: string | null;
  onStory: boolean;
  score: number;
  reasons: string[];
}

/** An article as read from a page: the reader's output, the engine's input. */
export interface ArticleInput {
  /** Stable key of the article inside one analysis (file name, URL hash…). */
  key: string;
  url: string | null;
  outlet: string | null;
  title: string;
  /** ISO date (YYYY-MM-DD) or null when the page does not say. */
  published: string | null;
  /** Title, standfirst, captions and body, blocks separated by blank lines. */
  text: string;
  /** Language guess: 'en' | 'ru' | 'es' | other ISO code. */
  lang?: string;
}

export type ClaimKind = 'number' | 'date' | 'name' | 'quote' | 'fact';

export type Hedge = 'exact' | 'approx' | 'over' | 'atLeast' | 'under' | 'atMost' | 'almost' | 'round';

export type ClaimValue =
  | {
      type: 'number';
      /** The number as stated. */
      value: number;
      /** The interval the wording allows (hedges, round figures). */
      low: number;
      high: number;
      hedge: Hedge;
      /** What is counted, normalised: "people killed", "days in captivity". */
      unit: string;
    }
  | {
      type: 'date';
      /** Interval at the stated granularity, ISO dates, both inclusive; null when unresolved. */
      start: string | null;
      end: string | null;
      granularity: 'day' | 'month' | 'year' | 'decade' | 'weekday' | 'relative';
      /** True when resolved against a reference date (publication, another event). */
      relative: boolean;
      /** The components the text states or implies; year null when neither. */
      parts: { year: number | null; month: number | null; day: number | null; weekday: number | null };
      /**
       * Whether the year is trustworthy: stated, or explicitly relative ("last November", "on
       * Wednesday"). A year only implied by the publication date ("the Oct. 7 attack") is not,
       * and such a date is compared by month and day alone.
       */
      yearKnown: boolean;
    }
  | {
      type: 'name';
      role: 'surname' | 'given' | 'place' | 'org' | 'person';
      /** Spelling-insensitive key (transliterated, phonetic) used to cluster spellings. */
      key: string;
      /** The spelling as written (normalised typography). */
      written: string;
      /** For a person: the given name (of the cluster's full name when the surname stands alone), the surname as written, the generation ("jr", or "plain" beside a Jr.). */
      given?: string | null;
      surname?: string;
      generation?: string | null;
    }
  | { type: 'quote'; speaker: string | null; words: string }
  | { type: 'fact'; statement: string };

export interface Claim {
  /** Unique across an analysis: `${article.key}#${n}`. */
  id: string;
  kind: ClaimKind;
  /** Offsets into the article text (UTF-16, end exclusive) covering the value. */
  start: number;
  end: number;
  /** The value as written on the page. */
  written: string;
  /** The sentence or clause that states it. */
  quote: string;
  /** A short human description of what the claim is about. */
  about: string;
  /** Claims that may state the same thing share this key (subject · attribute · unit). */
  topic: string;
  value: ClaimValue;
  /** What the claim's sentence says about it: the event, who it happened to, the scope. */
  frame?: Frame;
  /** Text just before and after the value, to find it again when the page changes. */
  prefix: string;
  suffix: string;
}

/**
 * What a claim is about, read from its own sentence. `event` is the built-in event class when
 * one applies; the open fields hold what any sentence gives: the predicate (the governing verb,
 * lemmatised and mapped across languages), the measure (what a figure counts: 'money:USD',
 * 'duration', 'count:page'), the content words around the value, the modality of its clause and
 * whether the quantity is still running when written.
 */
export interface Frame {
  event: string | null;
  subject: string | null;
  scope: string[];
  predicate?: string | null;
  measure?: string | null;
  /** For a figure of a built-in event class: its class and unit ("killed:people"), compared by that class's rules. */
  key?: string;
  context?: string[];
  /** The content words right beside the value (four either side): what it is a sum or count of. */
  near?: string[];
  /** No other claim of the article states an overlapping value. */
  unique?: boolean;
  modality?: 'asserted' | 'forecast' | 'conditional' | 'question' | 'reported';
  running?: boolean;
  /** For days held: the day the captivity began, when the article dates the abduction. */
  since?: string;
  /** For an age: the day it was true, when its sentence dates the person's death. */
  asOf?: string;
  /** For a date of an event that befalls one person once: who, as "family:spelling:given". */
  person?: string;
}

export interface AnalyzedArticle extends ArticleInput {
  story: StoryMatch;
  claims: Claim[];
  /** Earliest date the article can be from when it gives no publication date (latest date it mentions). */
  asOf: string | null;
}

export type Relation = 'same' | 'variant' | 'updated' | 'conflict';

export interface ClaimLink {
  a: string;
  b: string;
  relation: Relation;
  /** 0..1; conflicts are only reported above a high threshold. */
  confidence: number;
  topic: string;
}

/** Per-claim verdict shown to a reader: the worst relation it has with any other source. */
export type ClaimStatus = 'conflict' | 'updated' | 'variant' | 'same' | 'only';
