import { describe, expect, it } from 'vitest';
import { analyzeArticle, linkArticles } from './analyze';
import { claimStatus } from './compare';
import type { AnalyzedArticle, StoryDefinition } from './types';

const stories: StoryDefinition[] = [];
const art = (key: string, text: string, published: string | null): AnalyzedArticle =>
  analyzeArticle({ key, url: null, outlet: key, title: '', published, text, lang: 'en' }, stories);
const linkOf = (a: AnalyzedArticle, b: AnalyzedArticle, written: [string, string]) => {
  // A figure's claim spans its hedge too ("some 1,200"): the written figure alone finds it.
  const find = (x: AnalyzedArticle, w: string) => x.claims.find((c) => c.written === w) ?? x.claims.find((c) => c.kind === 'number' && c.written.split(/\s+/).includes(w));
  const ca = find(a, written[0]);
  const cb = find(b, written[1]);
  expect(ca, written[0]).toBeDefined();
  expect(cb, written[1]).toBeDefined();
  return linkArticles([a, b]).find((l) => (l.a === ca!.id && l.b === cb!.id) || (l.a === cb!.id && l.b === ca!.id))?.relation ?? 'none';
};

describe('comparing claims across sources', () => {
  it('agrees within a hedge and with round figures', () => {
    const a = art('a', 'The attack killed some 1,200 people and saw around 250 taken hostage.', '2024-11-15');
    const b = art('b', 'The attack resulted in approximately 1,200 deaths and 251 abductions.', '2025-04-17');
    expect(linkOf(a, b, ['1,200', '1,200'])).toBe('same');
    expect(linkOf(a, b, ['250', '251'])).toBe('same');
  });

  it('never links a toll of one event with a toll of another', () => {
    const a = art('a', 'The attack killed some 1,200 people. The war in Gaza has killed more than 43,000 people.', '2024-11-15');
    const b = art('b', 'Since then over 51,000 Palestinians in Gaza have been killed amid Israel’s military operation.', '2025-04-17');
    expect(linkOf(a, b, ['1,200', '51,000'])).toBe('none');
    expect(linkOf(a, b, ['43,000', '51,000'])).toBe('updated');
  });

  it('does not call moving figures a conflict without dates on both sides', () => {
    const a = art('a', 'The war in Gaza has killed more than 43,000 people.', null);
    const b = art('b', 'The war in Gaza has killed more than 51,000 people.', null);
    expect(linkOf(a, b, ['43,000', '51,000'])).toBe('none');
  });

  it('keeps "two other hostages" apart from "three Russian nationals" and "65 alive" apart from "59 remain"', () => {
    const a = art('a', 'Two other hostages were also released. Israel says around 65 hostages remain alive in captivity.', '2024-11-15');
    const b = art('b', 'Putin thanked Hamas for the release of three Russian nationals. At least 59 hostages remain in Gaza.', '2024-11-16');
    const links = linkArticles([a, b]);
    expect(links.filter((l) => l.relation === 'conflict')).toHaveLength(0);
    expect(linkOf(a, b, ['65', '59'])).toBe('none');
  });

  it('flags the same meeting dated to different years', () => {
    const a = art('a', 'President Vladimir Putin thanked Hamas during a meeting with the freed hostage in Moscow on Wednesday.', '2025-04-17');
    const b = art('b', 'Russian President Vladimir Putin meets with former hostages in Moscow, April 16, 2024.', null);
    expect(linkOf(a, b, ['on Wednesday', 'April 16, 2024'])).toBe('conflict');
    expect(claimStatus(a.claims.find((c) => c.written === 'on Wednesday')!.id, linkArticles([a, b]))).toBe('conflict');
  });

  it('does not call dates of different people’s releases a conflict', () => {
    const a = art('a', 'Trufanov’s mother and grandmother were released in November 2023. Alexander Trufanov was freed on February 15, 2025.', null);
    const b = art('b', 'The women were released on November 28, 2023, and Aleksandr Trufanov was freed in February 2025.', null);
    const links = linkArticles([a, b]);
    expect(links.filter((l) => l.relation === 'conflict')).toHaveLength(0);
    expect(linkOf(a, b, ['February 15, 2025', 'February 2025'])).toBe('same');
    expect(linkOf(a, b, ['November 2023', 'November 28, 2023'])).toBe('same');
  });

  it('compares a year only implied by the publication date by month and day', () => {
    const a = art('a', 'His father, Vitaly, was killed during the Oct. 7 attack.', '2024-11-15');
    const b = art('b', 'Alexander Trufanov was abducted on October 7, 2023, by Hamas.', null);
    expect(linkOf(a, b, ['Oct. 7', 'October 7, 2023'])).toBe('same');
  });

  it('links spellings of one name as variants and the same spelling as same', () => {
    const a = art('a', 'Islamic Jihad released a video of Alexander Trufanov and Maxim Kharkin on Monday.', '2024-11-15');
    const b = art('b', 'Moscow called for the release of Alexander (Sasha) Troufanov and Maxim Herkin.', '2025-01-20');
    expect(linkOf(a, b, ['Trufanov', 'Troufanov'])).toBe('variant');
    expect(linkOf(a, b, ['Kharkin', 'Herkin'])).toBe('variant');
    expect(linkOf(a, b, ['Maxim', 'Maxim'])).toBe('same');
  });

  it('compares a family name for a nickname written with the given name, and not across two forms of a given name', () => {
    const a = art('a', 'The hostage Alexander “Sasha” Petrenko was freed on Monday after a long wait.', '2025-01-20');
    const b = art('b', 'The freed hostage Sasha Petrenko thanked the doctors on Tuesday.', '2025-01-21');
    const c = art('c', 'The freed hostage Alexander Petrenkov thanked the doctors on Tuesday.', '2025-01-21');
    expect(linkOf(a, b, ['Petrenko', 'Petrenko'])).toBe('same');
    expect(linkOf(a, c, ['Petrenko', 'Petrenkov'])).toBe('variant');
    const d = art('d', 'Defense Secretary James Halvorsen resigned on Thursday after a long dispute.', '2025-01-21');
    const e = art('e', 'Defense Secretary Jim Halvorsen resigned on Thursday after a long dispute.', '2025-01-21');
    // The whole names differ by a short form: compared as people (a variant), not as one family name.
    expect(linkOf(d, e, ['Halvorsen', 'Halvorsen'])).toBe('none');
    expect(linkOf(d, e, ['James Halvorsen', 'Jim Halvorsen'])).toBe('variant');
  });

  it('does not call two different meetings of one host a conflict', () => {
    const a = art('a', 'President Vladimir Putin met the freed hostage Alexander Trufanov in Moscow on April 16, 2025.', '2025-04-17');
    const b = art('b', 'President Vladimir Putin met the hostage families in Moscow on January 9, 2024.', '2025-04-17');
    expect(linkArticles([a, b]).filter((l) => l.relation === 'conflict')).toHaveLength(0);
  });

  it('keeps the ages of a mother and her son apart', () => {
    const a = art('a', 'Alexander Trufanov, 29, and his mother Elena Trufanova, 54, were both taken.', '2025-02-15');
    const b = art('b', 'The freed hostage Alexander Trufanov, 29, was flown to hospital.', '2025-02-15');
    const links = linkArticles([a, b]);
    expect(links.filter((l) => l.relation === 'conflict')).toHaveLength(0);
    expect(linkOf(a, b, ['29', '29'])).toBe('same');
  });

  it('calls the same man two different ages on the same day a conflict', () => {
    const a = art('a', 'The freed hostage Alexander Trufanov, 29, was flown to hospital.', '2025-02-15');
    const b = art('b', 'Alexander Trufanov, 27, was among three hostages freed on Saturday.', '2025-02-15');
    expect(linkOf(a, b, ['29', '27'])).toBe('conflict');
  });

  it('takes an age that lags the calendar by a year at most for an update years on, one older than the calendar allows for a conflict', () => {
    const a = art('a', 'The freed hostage Alexander Trufanov, 52, was flown to hospital.', '2012-01-01');
    const lag = art('b', 'Alexander Trufanov, 54, was sentenced on Wednesday.', '2015-02-01');
    expect(linkOf(a, lag, ['52', '54'])).toBe('updated');
    const far = art('c', 'Alexander Trufanov, 53, was sentenced on Wednesday.', '2015-02-01');
    expect(linkOf(a, far, ['52', '53'])).toBe('conflict');
    const older = art('d', 'Alexander Trufanov, 57, was sentenced on Wednesday.', '2015-02-01');
    expect(linkOf(a, older, ['52', '57'])).toBe('conflict');
  });

  it('sees a floor raised over weeks as an update, and a precise toll inside "about" as agreement', () => {
    const a = art('a', 'Israel’s offensive in Gaza has since killed more than 41,000 Palestinians. The attack killed 1,139 people.', '2024-10-09');
    const b = art('b', 'The war in Gaza has killed more than 43,000 Palestinians. The attack killed about 1,200 people.', '2024-11-15');
    expect(linkOf(a, b, ['41,000', '43,000'])).toBe('updated');
    expect(linkOf(a, b, ['1,139', '1,200'])).toBe('same');
  });

  it('links one remark quoted by two sources, not two different remarks of one speaker', () => {
    const a = art('a', '“I know that you have done a lot so that they, too, can be free,” Alexander Trufanov told Vladimir Putin.', '2025-04-17');
    const b = art('b', '“I know that you have done a lot so that they can be free and happy,” Alexander Trufanov said.', '2025-04-17');
    const c = art('c', '“We will keep working for the hostages still held in Gaza,” Alexander Trufanov said.', '2025-04-17');
    const [qa, qb, qc] = [a, b, c].map((x) => x.claims.find((cl) => cl.kind === 'quote')!);
    const links = linkArticles([a, b, c]);
    const rel = (x: { id: string }, y: { id: string }) => links.find((l) => (l.a === x.id && l.b === y.id) || (l.a === y.id && l.b === x.id))?.relation ?? 'none';
    // Worded differently by the two outlets: a variant of one remark (the eval convention).
    expect(rel(qa!, qb!)).toBe('variant');
    expect(rel(qa!, qc!)).toBe('none');
  });

  it('reads a quotation across the sentences of its paragraph, straight quotes too', () => {
    const a = art('a', 'The mayor spoke. "We will rebuild the bridge by the spring. Nobody in this town will be left behind. We owe them that much," the statement continued.', '2025-04-17');
    const b = art('b', 'The mayor promised that "nobody in this town will be left behind."', '2025-04-17');
    const qa = a.claims.filter((c) => c.kind === 'quote').map((c) => c.written);
    expect(qa).toContain('Nobody in this town will be left behind.');
    expect(linkOf(a, b, ['Nobody in this town will be left behind.', '“nobody in this town will be left behind.”'.replace(/[“”]/g, '"')])).toBe('same');
  });

  it('reads quotations in single marks, British style, and no apostrophe as one', () => {
    const a = art('a', "The mayor spoke on Friday. 'We will rebuild the bridge by the spring,' the mayor said. It's the town's wish.", '2025-04-17');
    const b = art('b', 'The mayor said: ‘We will rebuild the bridge by the spring.’ The council’s vote is due.', '2025-04-17');
    const quotes = (x: AnalyzedArticle) => x.claims.filter((c) => c.kind === 'quote').map((c) => c.value.type === 'quote' && c.value.words);
    expect(quotes(a)).toEqual(['We will rebuild the bridge by the spring']);
    expect(quotes(b)).toEqual(['We will rebuild the bridge by the spring.']);
    const qa = a.claims.find((c) => c.kind === 'quote')!;
    const qb = b.claims.find((c) => c.kind === 'quote')!;
    expect(linkArticles([a, b]).some((l) => (l.a === qa.id && l.b === qb.id) || (l.a === qb.id && l.b === qa.id))).toBe(true);
  });

  const rel2 = (arts: AnalyzedArticle[], x: { id: string }, y: { id: string }) =>
    linkArticles(arts).find((l) => (l.a === x.id && l.b === y.id) || (l.a === y.id && l.b === x.id))?.relation ?? 'none';

  it('keeps a short remark with its speaker, and links overlapping stretches of one statement', () => {
    const a = art('a', '“She is fine,” Murray said. “I could finish the road over a longer stretch of time ― I did not need to hurry this,” the governor said.', '2025-04-17');
    const b = art('b', '“She is fine,” said Murray. “I did not need to hurry this, but I would rather finish it much sooner,” the governor said.', '2025-04-17');
    const c = art('c', '“We did not need to wait for the council,” the governor said.', '2025-04-17');
    expect(linkOf(a, b, ['“She is fine,”', '“She is fine,”'])).toBe('same');
    const long = (x: AnalyzedArticle) => x.claims.find((cl) => cl.kind === 'quote' && cl.written.includes('need'))!;
    const links = linkArticles([a, b, c]);
    const rel = (x: { id: string }, y: { id: string }) => links.find((l) => (l.a === x.id && l.b === y.id) || (l.a === y.id && l.b === x.id))?.relation ?? 'none';
    expect(rel(long(a), long(b))).toBe('same');
    expect(rel(long(a), long(c))).toBe('none');
    // Four words of the same remark, three of them content words, are enough.
    const d = art('d', 'The mayor said the council “will defend our water rights.”', '2025-04-17');
    const e = art('e', 'The council vowed to “defend our water rights in the courts, and in the streets.”', '2025-04-17');
    const quote = (x: AnalyzedArticle) => x.claims.find((cl) => cl.kind === 'quote')!;
    expect(rel2([d, e], quote(d), quote(e))).toBe('same');
    // A stock phrase of three words is no shared remark.
    const f = art('f', 'She said it “is bad for the United States.”', '2025-04-17');
    const g = art('g', 'He said “the United States will win the whole trade war.”', '2025-04-17');
    expect(rel2([f, g], quote(f), quote(g))).not.toBe('same');
  });

  it('dates one occasion read by two verbs, and the same day however plain its sentence', () => {
    const a = art('a', 'The campaign released the tax returns on Friday.', '2015-07-31');
    const b = art('b', 'The candidate announced on Friday that her doctor found her healthy.', '2015-07-31');
    expect(linkOf(a, b, ['on Friday', 'on Friday'])).toBe('same');
  });

  it('reads a yearless month in a forecast as the coming one, and a moved plan as an update', () => {
    const a = art('a', 'Defense Secretary James Smith resigned. Smith will leave the department at the end of February, his letter said.', '2018-12-20');
    const b = art('b', 'Defense Secretary James Smith resigned. Smith will leave the department on January 1, two months earlier than planned.', '2018-12-23');
    const end = a.claims.find((c) => c.kind === 'date' && c.written.includes('February'))!;
    expect(end.value).toMatchObject({ start: '2019-02-28' });
    expect(linkOf(a, b, [end.written, 'January 1'])).toBe('updated');
    // The later report repeats the old plan beside the new one: the repeat agrees, the new date still updates.
    const both = art('c', 'Defense Secretary James Smith will leave on January 1, two months before he had planned to leave at the end of February.', '2018-12-23');
    expect(linkOf(a, both, [end.written, 'end of February'])).toBe('same');
    expect(linkOf(a, both, [end.written, 'January 1'])).toBe('updated');
  });

  it('holds an age inside a decade of age, and a rate rounded to fewer decimals', () => {
    const a = art('a', 'Police said the suspect was a man in his 40s. Her effective tax rate was 31.4 percent.', '2018-10-26');
    const b = art('b', 'John Doyle, 47, was charged in federal court. Her returns show a combined tax rate of 31.38 percent.', '2018-10-26');
    expect(linkOf(a, b, ['in his 40s', '47'])).toBe('same');
    expect(linkOf(a, b, ['31.4 percent', '31.38 percent'])).toBe('same');
    const c = art('c', 'John Doyle, 52, was charged in federal court.', '2018-10-26');
    expect(linkOf(a, c, ['in his 40s', '52'])).toBe('none');
  });

  it('reads a speaker after a title written short, and one remark whatever speakers are read', () => {
    const a = art('a', '“She is fine,” Lt. Gov. Ann Bell said. “We have no choice but to build a strong levee or a concrete barrier,” the mayor said.', '2019-01-25');
    const b = art('b', 'Bell spoke first. “She is fine,” Bell said. “We have no choice but to build a strong levee or concrete barrier,” Mayor Tom Reyes said.', '2019-01-25');
    expect(a.claims.find((c) => c.kind === 'quote' && c.written.includes('fine'))).toBeDefined();
    expect(linkOf(a, b, ['“She is fine,”', '“She is fine,”'])).toBe('same');
    const levee = (x: AnalyzedArticle) => x.claims.find((c) => c.kind === 'quote' && c.written.includes('levee'))!.written;
    expect(linkOf(a, b, [levee(a), levee(b)])).toBe('variant');
  });

  it('holds one sum of money stated by two sentences that read different subjects', () => {
    const a = art('a', 'Alex Acosta plans to move $8 billion toward the wall.', '2019-02-15');
    const b = art('b', 'Lawmakers handed Donald Trump about $8 billion for barriers.', '2019-02-15');
    expect(linkOf(a, b, ['$8 billion', 'about $8 billion'])).toBe('same');
  });

  it('reads "since 2007" as a span to now that meets a span of the same start, and no finer date', () => {
    const a = art('a', 'The couple earned $80 million in income from 2011 to 2016, the records show.', '2017-07-31');
    const b = art('b', 'The couple have paid $20 million in income taxes since 2011, records released on Friday show.', '2017-07-31');
    const since = b.claims.find((c) => c.kind === 'date' && c.written.includes('2011'))!;
    expect(since.written).toBe('since 2011');
    expect(since.value).toMatchObject({ start: '2011-01-01', end: '2017-12-31' });
    expect(linkOf(a, b, ['from 2011 to 2016', 'since 2011'])).toBe('same');
    const c = art('c', 'The records were released on Friday.', '2017-07-31');
    expect(linkOf(b, c, ['since 2011', 'on Friday'])).toBe('none');
  });

  it('links durations of a month or more stated alike, on little else', () => {
    const a = art('a', 'Federal staff were forced to work without pay for 35 days.', '2019-01-25');
    const b = art('b', 'The announcement comes on the 35th day of the longest closure.', '2019-01-25');
    expect(linkOf(a, b, ['35 days', '35th day'])).toBe('same');
  });

  it('reads a range of days to its second date, across the new year', () => {
    const a = art('a', 'The agencies stayed shut from Dec. 20 through Jan. 27, the longest closure yet.', '2019-02-15');
    const b = art('b', 'Lawmakers reopened the agencies on Jan. 27 after the longest closure yet.', '2019-02-15');
    const range = a.claims.find((c) => c.kind === 'date')!;
    expect(range.value).toMatchObject({ start: '2018-12-20', end: '2019-01-27' });
    expect(linkOf(a, b, [range.written, 'Jan. 27'])).toBe('same');
  });

  it('keeps a past weekday in its own clause, whatever the next clause plans', () => {
    const a = art('a', 'In his resignation letter Thursday, Smith said he would stay on until the end of February.', '2018-12-23');
    const thursday = a.claims.find((c) => c.kind === 'date' && c.written.includes('Thursday'))!;
    expect(thursday.value).toMatchObject({ start: '2018-12-20' });
    const b = art('b', 'They will meet again on Thursday to settle the budget.', '2018-12-23');
    expect(b.claims.find((c) => c.kind === 'date')!.value).toMatchObject({ start: '2018-12-27' });
  });

  it('cuts a long quoted sentence at its commas, so one outlet quoting a clause of it still links', () => {
    const a = art('a', '“The mayor, after this flood, still cannot name the two agencies that failed us and she should get out of this race for the council,” Reyes said.', '2016-06-13');
    const b = art('b', 'Reyes said the mayor should “get out of this race for the council.”', '2016-06-13');
    const clause = a.claims.find((c) => c.kind === 'quote' && c.written.startsWith('still'))!;
    expect(clause.written).toBe('still cannot name the two agencies that failed us and she should get out of this race for the council');
    const short = b.claims.find((c) => c.kind === 'quote')!;
    expect(linkOf(a, b, [clause.written, short.written])).toBe('same');
  });

  it('does not turn a weekday read a week off into a conflict', () => {
    // The second page's date is an update a week later: its "on Wednesday" resolves to the 23rd.
    const a = art('a', 'President Vladimir Putin thanked Hamas during a meeting with the freed hostage in Moscow on Wednesday.', '2025-04-17');
    const b = art('b', 'President Vladimir Putin thanked Hamas during a meeting with the freed hostage in Moscow on Wednesday.', '2025-04-24');
    expect(linkOf(a, b, ['on Wednesday', 'on Wednesday'])).toBe('none');
  });
});
