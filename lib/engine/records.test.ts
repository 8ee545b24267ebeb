// Records and firsts read from sentences written here for the purpose.
import { describe, expect, it } from 'vitest';
import { analyzeArticle, linkArticles } from './analyze';
import { findRecords } from './records';
import { tokenize } from './tokens';

const records = (sentence: string) => findRecords(tokenize(sentence)).map((r) => `${r.superlative} ${r.qualifiers.join(' ')}${r.qualifiers.length ? ' ' : ''}${r.noun}`);
const art = (key: string, text: string) => analyzeArticle({ key, url: null, outlet: key, title: '', published: '2019-01-26', text, lang: 'en' }, []);

describe('records and firsts', () => {
  it('reads the superlative, its modifiers and the noun it ranks (lemmatised)', () => {
    expect(records('It became the longest shutdown in United States history.')).toEqual(['longest shutdown']);
    expect(records('It was the deadliest mass shooting in the country’s history.')).toEqual(['deadliest mass shoot']);
    expect(records('He was the first African-American governor of Massachusetts.')).toEqual(['first black governor']);
    expect(records('She is the first woman to lead the committee.')).toEqual(['first woman']);
  });

  it('leaves out vague ranks, titles and what follows the noun', () => {
    expect(records('For the first time, the agency acknowledged the error.')).toEqual([]);
    expect(records('The first lady spoke on Monday.')).toEqual([]);
    expect(records('The biggest problem is money.')).toEqual([]);
    expect(records('It was the first time Newsweek had run the story.')).toEqual([]);
    expect(records('The first retail shops opened on Monday.')).toEqual(['first retail shop']);
    expect(records('It was his first resignation over a policy.')).toEqual(['first resignation']);
  });

  it('links the same record across outlets, and not two different records', () => {
    const a = art('a', 'The shutdown became the longest shutdown in history on Saturday. Deval Patrick was the first black governor of the state.');
    const b = art('b', 'It is now the longest shutdown in United States history. Patrick was the first African-American governor.');
    const c = art('c', 'Jane Swift was the first woman governor of the state.');
    const links = linkArticles([a, b, c]);
    const written = (id: string) => [a, b, c].flatMap((x) => x.claims).find((x) => x.id === id)!.written;
    const pairs = links.filter((l) => l.topic.startsWith('fact:record')).map((l) => `${l.relation}: ${written(l.a)} ~ ${written(l.b)}`).sort();
    expect(pairs).toEqual(['same: first African-American governor ~ first black governor', 'same: longest shutdown in United States history ~ longest shutdown in history']);
  });
});
