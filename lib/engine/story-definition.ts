// Checks a story definition as a reader or another program wrote it (the options form, an import,
// a folder given to the CLI), so a bad file is refused with one line that says what is wrong
// instead of failing later inside detection.
import type { StoryDefinition, StoryEntity } from './types';

export class StoryDefinitionError extends Error {}

/** The definition, or a StoryDefinitionError naming the first field that is wrong. */
export function parseStoryDefinition(raw: unknown): StoryDefinition {
  if (!isObject(raw)) throw new StoryDefinitionError('is not a JSON object');
  const id = raw.id;
  if (typeof id !== 'string' || !id.trim()) throw new StoryDefinitionError('has no "id" string');
  if (typeof raw.title !== 'string') throw new StoryDefinitionError('has no "title" string');
  const people = entityList(raw.people ?? [], 'people');
  const places = entityList(raw.places ?? [], 'places');
  const terms = raw.terms ?? [];
  if (!Array.isArray(terms) || terms.some((t) => typeof t !== 'string')) throw new StoryDefinitionError('"terms" is not a list of strings');
  if (!people.length && !places.length) throw new StoryDefinitionError('names no person, place or organisation');
  for (const key of ['enabled', 'builtIn'] as const) {
    if (raw[key] !== undefined && typeof raw[key] !== 'boolean') throw new StoryDefinitionError(`"${key}" is not true or false`);
  }
  return { ...(raw as object), id, title: raw.title, people, places, terms: terms as string[] } as StoryDefinition;
}

function entityList(v: unknown, name: string): StoryEntity[] {
  if (!Array.isArray(v)) throw new StoryDefinitionError(`"${name}" is not a list`);
  return v.map((e, i) => {
    if (!isObject(e) || typeof e.name !== 'string' || !e.name.trim()) throw new StoryDefinitionError(`${name}[${i}] has no "name" string`);
    for (const key of ['aliases', 'givenNames'] as const) {
      const list = e[key];
      if (list !== undefined && (!Array.isArray(list) || list.some((s) => typeof s !== 'string'))) {
        throw new StoryDefinitionError(`${name}[${i}].${key} is not a list of strings`);
      }
    }
    if (e.weight !== undefined && e.weight !== 'core' && e.weight !== 'context') throw new StoryDefinitionError(`${name}[${i}].weight is not "core" or "context"`);
    return e as unknown as StoryEntity;
  });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
