/**
 * Builds hover card models from a snapshot: what a card says about a person, an organization or a figure.
 * Rendering (and escaping) is lsp/hoverCard.ts's job.
 */
import { basename } from 'node:path';
import type { EntityRecord, FigureValue, Mention, MentionRef, RelationType } from '../analysis/index';
import type { CardPlace, EntityCard, FigureCard } from '../lsp/hoverCard';
import { SHOW_MENTIONS_COMMAND, SHOW_RIVALRY_OVERLAP_COMMAND } from '../protocol';
import { uriPath } from '../util/uri';
import type { RelationRef } from '../workspace/entityFacts';
import { mentionOf, orderedMentions, spanIndexAt, type ResolvedMention } from '../workspace/lookup';
import type { IndexSnapshot, IndexedDocument } from '../workspace/snapshot';

/** How many places and figures a card lists at most. */
const MAX_PLACES = 5;
const MAX_FIGURES = 5;
/** How many mentions are searched for figures, so a card stays fast for very frequent entities. */
const MAX_SCANNED_MENTIONS = 200;


/** The card model of a person or organization. */
export function entityCard(snapshot: IndexSnapshot, doc: IndexedDocument, entity: EntityRecord, commandLinks: boolean): EntityCard {
  const facts = snapshot.facts;
  const refs = orderedMentions(snapshot, entity.id);
  const from = facts.relationsFrom(entity.id);
  const to = facts.relationsTo(entity.id);
  const registry = entity.registry;
  const sections =
    entity.kind === 'person'
      ? [
          { label: 'Roles', items: unique([...(registry?.roles ?? []), ...facts.rolesOf(entity.id).map(({ role }) => (role.organization ? `${role.role} of ${role.organization}` : role.role))]) },
          { label: 'Affiliations', items: unique(from.filter((r) => r.relation.objectKind === 'organization').map(describeOutgoing)) },
        ]
      : [
          { label: 'Sectors', items: unique([...(registry?.sectors ?? []), ...from.filter((r) => r.relation.type === 'in-sector').map((r) => r.otherName)]) },
          { label: 'People', items: unique(to.filter((r) => r.relation.subjectKind === 'person').map((r) => `${r.otherName} (${relationLabel(r.relation.type)})`)) },
          { label: 'Owners', items: unique(to.filter((r) => r.relation.subjectKind === 'organization' && isOwnership(r.relation.type)).map((r) => r.otherName)) },
          { label: 'Subsidiaries', items: unique(from.filter((r) => r.relation.objectKind === 'organization' && isOwnership(r.relation.type)).map((r) => r.otherName)) },
          { label: 'Competes with', items: unique([...from, ...to].filter((r) => r.relation.type === 'competes-with').map((r) => r.otherName)) },
        ];
  sections.push({ label: 'Figures', items: figuresNear(snapshot, entity) });
  return {
    kind: entity.kind === 'person' ? 'person' : 'organization',
    name: entity.name,
    aliases: entity.aliases,
    description: registry?.description,
    links: registry?.links ?? [],
    sections,
    counts: countMentions(refs, doc.key),
    places: firstPlaces(snapshot, entity),
    showMentions: commandLinks ? { command: SHOW_MENTIONS_COMMAND, args: [entity.id] } : undefined,
    compareWith: commandLinks && entity.kind === 'person' ? { command: SHOW_RIVALRY_OVERLAP_COMMAND, args: [entity.id] } : undefined,
  };
}

/** The card model of a figure. */
export function figureCard(snapshot: IndexSnapshot, doc: IndexedDocument, found: ResolvedMention): FigureCard {
  const { mention } = found;
  const figure = mention.figure ?? found.entity.figure;
  const analysis = doc.analysis;
  const claimed = figure && (figure.kind === 'money' || figure.kind === 'percent');
  const unsourced = analysis.claims.some((c) => c.code === 'unsourced-figure' && c.start < mention.end && mention.start < c.end);
  return {
    text: mention.text,
    value: figure && formatValue(figure),
    subkind: figure?.kind ?? 'figure',
    approximate: figure?.approximate ?? false,
    about: entitiesInSentence(snapshot, doc, mention),
    sourcing: !claimed ? 'not a claim' : unsourced ? 'unsourced' : 'sourced',
  };
}

/** Mentions in one document, in the workspace, and the number of files, in one pass over ordered references. */
function countMentions(refs: readonly MentionRef[], key: string): EntityCard['counts'] {
  let file = 0;
  let files = 0;
  refs.forEach((ref, i) => {
    file += ref.uri === key ? 1 : 0;
    files += i === 0 || refs[i - 1].uri !== ref.uri ? 1 : 0;
  });
  return { file, workspace: refs.length, files };
}

function describeOutgoing(ref: RelationRef): string {
  return `${relationLabel(ref.relation.type)} ${ref.otherName}`;
}

// Relation types as a reader says them: "co-founded Kestrel", "explored a deal with Corvane".
const RELATION_LABELS: Partial<Record<RelationType, string>> = {
  'explored-deal': 'explored a deal with',
  'invested-in': 'invested in',
  'competes-with': 'competes with',
  'founded-by-alumni-of': 'founded by alumni of',
  'in-sector': 'in',
};

function relationLabel(type: RelationType): string {
  return RELATION_LABELS[type] ?? type;
}

function isOwnership(type: RelationType): boolean {
  return type === 'owns' || type === 'acquired';
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/** The first mention in each of the first few files, as links. */
function firstPlaces(snapshot: IndexSnapshot, entity: EntityRecord): CardPlace[] {
  const places: CardPlace[] = [];
  const seen = new Set<string>();
  for (const ref of orderedMentions(snapshot, entity.id)) {
    const doc = snapshot.get(ref.uri);
    const mention = doc?.analysis.mentions[ref.index];
    if (places.length >= MAX_PLACES) {
      break;
    }
    if (!doc || !mention || seen.has(ref.uri)) {
      continue;
    }
    seen.add(ref.uri);
    const line = doc.document.positionAt(mention.start).line;
    const path = uriPath(doc.document.uri);
    places.push({ label: `${path ? basename(path) : doc.document.uri}:${line + 1}`, uri: doc.document.uri, line });
  }
  return places;
}

/** Figures stated in sentences that mention the entity. */
function figuresNear(snapshot: IndexSnapshot, entity: EntityRecord): string[] {
  const figures = new Set<string>();
  for (const ref of orderedMentions(snapshot, entity.id).slice(0, MAX_SCANNED_MENTIONS)) {
    const doc = snapshot.get(ref.uri);
    const mention = mentionOf(snapshot, ref);
    if (!doc || !mention) {
      continue;
    }
    for (const index of mentionsInSentence(doc, mention)) {
      const other = doc.analysis.mentions[index];
      if (other.kind === 'figure' && other.figure?.kind !== 'year' && other.figure?.kind !== 'date') {
        figures.add(other.text);
      }
    }
    if (figures.size >= MAX_FIGURES) {
      break;
    }
  }
  return [...figures].slice(0, MAX_FIGURES);
}

/** Names of the people and organizations in a mention's sentence. */
function entitiesInSentence(snapshot: IndexSnapshot, doc: IndexedDocument, mention: Mention): string[] {
  const names = new Set<string>();
  for (const index of mentionsInSentence(doc, mention)) {
    const other = doc.analysis.mentions[index];
    const id = other.kind === 'figure' ? undefined : snapshot.workspace.entityIdOf(doc.key, index);
    const entity = id === undefined ? undefined : snapshot.workspace.entity(id);
    if (entity) {
      names.add(entity.name);
    }
  }
  return [...names];
}

/** Indices of the other mentions in the sentence of `mention`. */
function mentionsInSentence(doc: IndexedDocument, mention: Mention): number[] {
  const { sentences, mentions } = doc.analysis;
  const sentence = sentences[spanIndexAt(sentences, mention.start)];
  if (!sentence) {
    return [];
  }
  let i = Math.max(0, spanIndexAt(mentions, mention.start));
  while (i > 0 && mentions[i - 1].start >= sentence.start) {
    i--;
  }
  const found: number[] = [];
  for (; i < mentions.length && mentions[i].start < sentence.end; i++) {
    if (mentions[i] !== mention && mentions[i].start >= sentence.start) {
      found.push(i);
    }
  }
  return found;
}

/** "1.2 billion USD", "25%", "2015", "3,000". */
function formatValue(figure: FigureValue): string | undefined {
  const { value } = figure;
  if (value === undefined) {
    return figure.lowerBound === undefined ? undefined : `at least ${formatNumber(figure.lowerBound)}${figure.currency ? ` ${figure.currency}` : ''}`;
  }
  switch (figure.kind) {
    case 'money':
      return `${formatNumber(value)}${figure.currency ? ` ${figure.currency}` : ''}`;
    case 'percent':
      return `${value}%`;
    case 'year':
    case 'date':
      return String(value);
    default:
      return formatNumber(value);
  }
}

function formatNumber(value: number): string {
  const scales: Array<[number, string]> = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];
  for (const [scale, word] of scales) {
    if (Math.abs(value) >= scale) {
      return `${Number((value / scale).toPrecision(4))} ${word}`;
    }
  }
  return value.toLocaleString('en-US');
}
