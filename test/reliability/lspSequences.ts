/**
 * Random LSP message sequences for the protocol fuzz (issue 7): opens of prose, registry and acknowledgements
 * files with adversarial text, incremental and full edits (out-of-range and reversed ranges included), closes,
 * saves, every request the server supports and a few it does not, with well-formed, out-of-range and malformed
 * params, settings changes, watcher events and cancellations. Steps are plain JSON data that name documents
 * symbolically (`@doc:article`, resolved by lspReplay.ts), so a failing sequence prints readably and can be pasted
 * into a regression test. Not a test file (no `.test` suffix).
 */
import fc from 'fast-check';
import { adversarialText, inventedName } from './arbitraries';

/** JSON as it crosses the wire (no undefined, NaN or Infinity: JSON turns those into null). */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The documents a sequence plays with, resolved to URIs by the fuzz (see `DocUris`). */
export const DOCS = ['article', 'notes', 'registry', 'extraRegistry', 'acknowledgements', 'untitled', 'outside'] as const;
export type DocName = (typeof DOCS)[number];

/** Where each symbolic document lives. */
export type DocUris = Readonly<Record<DocName, string>>;

/** How a request is cancelled: not at all, right after it is sent, or on the next turn of the event loop. */
export type CancelMode = 'none' | 'at-once' | 'next-turn';

/** One message (or two: a request and its cancellation) of a sequence. */
export type Step =
  | { readonly kind: 'open'; readonly doc: DocName; readonly languageId: string; readonly text: string }
  /** `version` is sent as is when present; otherwise the next version of the document. */
  | { readonly kind: 'change'; readonly doc: DocName; readonly changes: Json; readonly version?: Json }
  | { readonly kind: 'close'; readonly doc: DocName }
  | { readonly kind: 'request'; readonly method: string; readonly params?: Json; readonly cancel: CancelMode }
  | { readonly kind: 'notify'; readonly method: string; readonly params?: Json }
  /** The client's `entityLens` settings change (answered on `workspace/configuration` and pushed). */
  | { readonly kind: 'settings'; readonly settings: Json };

/** The requests the server answers (textDocument/diagnostic only for clients that pull diagnostics). */
export const SUPPORTED_REQUESTS = [
  'textDocument/hover',
  'textDocument/definition',
  'textDocument/references',
  'textDocument/documentHighlight',
  'textDocument/documentSymbol',
  'textDocument/semanticTokens/full',
  'textDocument/codeAction',
  'textDocument/diagnostic',
  'workspace/symbol',
  'entityLens/entities',
  'entityLens/rivalryOverlap',
  'entityLens/acknowledgeClaim',
  'entityLens/acknowledgements',
  'entityLens/correctRegistry',
  'entityLens/exportAnnotations',
  'entityLens/dictionary',
  'entityLens/internal/stats',
] as const;

/** Requests a client may send that the server does not offer (it announces none of them). */
export const UNSUPPORTED_REQUESTS = ['textDocument/semanticTokens/range', 'workspace/executeCommand', 'textDocument/completion', 'entityLens/noSuchRequest'] as const;

// ---- Texts ----

/** A sentence the engine reads as a person and an organization; the health check hovers its first name. */
export const KNOWN_SENTENCE = 'Marisol Quenby, chief executive of Kestrel Orbital Inc., said the launch slipped.\n';

const registryEntry = fc.record({
  name: inventedName,
  kind: fc.constantFrom('person', 'organization'),
  aliases: fc.array(inventedName, { maxLength: 2 }),
  sectors: fc.array(fc.constantFrom('satellite internet', 'chips', ''), { maxLength: 2 }),
});

/** A valid registry of invented names (never the health check's names). */
export const validRegistryText = fc.array(registryEntry, { maxLength: 3 }).map((entities) => JSON.stringify({ entities, notEntity: ['Monday'] }, null, 2));

/** Registry text that is malformed whatever the random part is (cut short, wrong shapes, wrong top level). */
export const malformedRegistryText = fc.oneof(
  fc.tuple(validRegistryText, fc.nat()).map(([t, n]) => t.slice(0, n % t.length)),
  fc.jsonValue({ maxDepth: 2 }).map((v) => `{"entities": [${JSON.stringify(v)}]}`),
  fc.jsonValue({ maxDepth: 2 }).map((v) => `{"entities": [{"name": ${JSON.stringify(v)}}]}`),
  fc.jsonValue({ maxDepth: 2 }).map((v) => `{"notEntity": [${JSON.stringify(v)}, 1]}`),
  fc.constantFrom('', ' ', '[]', 'null', '"entities"', '{"entities": {}}', '{"entities": [ oops ] }', '{', '\ufeff{"entities":[]', '{"entities": [{"name": "A", "kind": "planet"}]}'),
);

/** Registry text: valid, malformed, or any JSON-ish soup. */
const registryText = fc.oneof(
  { weight: 3, arbitrary: validRegistryText },
  { weight: 4, arbitrary: malformedRegistryText },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ':', ',', ' ', 'entities', 'name', 'kind', 'person', '\\', 'null', '1', '\n') }) },
  { weight: 1, arbitrary: adversarialText(10) },
);

const acknowledgementRecord = fc.record({
  sentence: fc.oneof(fc.constant(KNOWN_SENTENCE.trim()), adversarialText(5)),
  code: fc.constantFrom('hedged-claim', 'vague-attribution', 'unsourced-figure', 'inconsistent-figure', 'nonsense'),
  reason: fc.string({ maxLength: 20 }),
});

/** Acknowledgements file text: valid, wrong shapes, or not JSON at all. */
const acknowledgementsText = fc.oneof(
  fc.array(acknowledgementRecord, { maxLength: 3 }).map((acknowledgements) => JSON.stringify({ version: 1, acknowledgements })),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.jsonValue({ maxDepth: 2 }).map((v) => `{"version": 1, "acknowledgements": [${JSON.stringify(v)}]}`),
  adversarialText(8),
);

/** Prose; half the time it starts with the known sentence, so that requests near the start find entities. */
const proseText = fc.oneof(adversarialText(30), adversarialText(10).map((t) => KNOWN_SENTENCE + t));

/** The text of a document, by what it is (prose, registry, acknowledgements); sometimes the wrong kind on purpose. */
function textFor(doc: DocName): fc.Arbitrary<string> {
  const own = doc === 'registry' || doc === 'extraRegistry' ? registryText : doc === 'acknowledgements' ? acknowledgementsText : proseText;
  return fc.oneof({ weight: 5, arbitrary: own }, { weight: 1, arbitrary: fc.oneof(proseText, registryText, acknowledgementsText) });
}

// ---- Params ----

/** Anything in place of a well-typed value. */
const junk: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<Json>(null, true, false, 0, -1, 1.5, '', 'x', 'NaN', [], {}, [null], { uri: null }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> },
);

/** A well-typed value, now and then junk instead. */
function orJunk(good: fc.Arbitrary<Json>): fc.Arbitrary<Json> {
  return fc.oneof({ weight: 8, arbitrary: good }, { weight: 1, arbitrary: junk });
}

/**
 * A well-formed params object, or now and then the same with one field dropped or replaced by junk, or junk
 * instead. Inner values are hostile only now and then too, so that most requests reach the features.
 */
function mangled(good: fc.Arbitrary<{ [key: string]: Json }>): fc.Arbitrary<Json> {
  const oneFieldOff = fc.tuple(good, fc.nat(), fc.option(junk, { nil: undefined })).map(([params, i, value]) => {
    const keys = Object.keys(params);
    if (keys.length === 0) {
      return params;
    }
    const copy = { ...params };
    const key = keys[i % keys.length]!;
    if (value === undefined) {
      delete copy[key];
    } else {
      copy[key] = value;
    }
    return copy;
  });
  return fc.oneof({ weight: 12, arbitrary: good }, { weight: 1, arbitrary: oneFieldOff }, { weight: 1, arbitrary: junk });
}

/** A document, prose ones (where the features have something to find) more often. */
const docName: fc.Arbitrary<DocName> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<DocName>('article', 'notes', 'untitled') },
  { weight: 1, arbitrary: fc.constantFrom(...DOCS) },
);

const docRef = docName.map((d) => `@doc:${d}`);

/** URIs a client should never send, or that name nothing. */
const oddUri = fc.constantFrom('', 'not a uri', 'file://%zz/a.md', 'file:///C:/Users/x/a.md', 'untitled:never-opened', 'file:///', 'http://example.com/a.md', 'file:///nowhere/never.md');

const uri: fc.Arbitrary<Json> = fc.oneof({ weight: 12, arbitrary: docRef }, { weight: 2, arbitrary: oddUri }, { weight: 1, arbitrary: junk });

const textDocument = fc.oneof({ weight: 14, arbitrary: uri.map((u): Json => ({ uri: u })) }, { weight: 1, arbitrary: junk });

/** Integers outside every document: well-formed, and answered with nothing (or clamped in edits). */
const outOfRange = fc.constantFrom<Json>(-1, -1000, 2 ** 31 - 1, 2 ** 31, 2 ** 53, 1e308);

/** A line: mostly the first (where the known sentence's names are), sometimes further, sometimes outside. */
const line: fc.Arbitrary<Json> = fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.nat({ max: 3 }) }, { weight: 2, arbitrary: fc.nat({ max: 30 }) }, { weight: 1, arbitrary: outOfRange });
const character: fc.Arbitrary<Json> = fc.oneof({ weight: 4, arbitrary: fc.nat({ max: 14 }) }, { weight: 4, arbitrary: fc.nat({ max: 80 }) }, { weight: 1, arbitrary: outOfRange });

/** Not a line or character at all: fractions (NaN-like offsets), null (JSON's NaN), strings, objects. */
const notCoordinate = fc.constantFrom<Json>(0.5, 2.5, -0.5, null, '1', 'NaN', true, [], {});

const position: fc.Arbitrary<Json> = fc.oneof(
  { weight: 14, arbitrary: fc.record({ line, character }) },
  { weight: 1, arbitrary: fc.oneof(fc.record({ line: notCoordinate, character }), fc.record({ line, character: notCoordinate })) },
  { weight: 1, arbitrary: fc.constantFrom<Json>(null, {}, [], 'here', { line: 0 }, { character: 0 }) },
);

/** A range; its ends are independent, so reversed ranges come up often. */
const range: fc.Arbitrary<Json> = fc.oneof(
  { weight: 14, arbitrary: fc.record({ start: position, end: position }) },
  { weight: 1, arbitrary: fc.constantFrom<Json>(null, {}, [], { start: { line: 0, character: 0 } }) },
);

const name = fc.oneof(inventedName, fc.constantFrom('Marisol Quenby', 'Kestrel Orbital', 'person:marisol-quenby', '', ' ', 'Monday'), fc.string({ maxLength: 12 }));

const codeActionContext = orJunk(
  fc.record({ diagnostics: fc.constant<Json>([]), only: fc.subarray(['quickfix', 'refactor', 'refactor.rewrite.entityLens', 'source', 'nonsense']) }, { requiredKeys: ['diagnostics'] }) as fc.Arbitrary<Json>,
);

const correction: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ type: fc.constant('setKind'), name, kind: fc.constantFrom('person', 'organization'), aliases: fc.array(name, { maxLength: 2 }) }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('notEntity'), name }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('sameAs'), name, target: name, targetKind: fc.constantFrom('person', 'organization') }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('setSector'), name, sector: fc.constantFrom('chips', '', 'satellite internet') }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constantFrom<Json>('setKind', 'bogus', null, 3), name: orJunk(name), kind: fc.constantFrom<Json>('planet', null) }) },
  { weight: 1, arbitrary: junk },
);

/** Params of a request, by method; every one may be mangled. */
function paramsFor(method: string): fc.Arbitrary<Json> {
  switch (method) {
    case 'textDocument/hover':
    case 'textDocument/definition':
    case 'textDocument/documentHighlight':
    case 'textDocument/completion':
      return mangled(fc.record({ textDocument, position }));
    case 'textDocument/references':
      return mangled(fc.record({ textDocument, position, context: orJunk(fc.record({ includeDeclaration: fc.boolean() }) as fc.Arbitrary<Json>) }));
    case 'textDocument/documentSymbol':
    case 'textDocument/semanticTokens/full':
    case 'textDocument/diagnostic':
      return mangled(fc.record({ textDocument }));
    case 'textDocument/semanticTokens/range':
      return mangled(fc.record({ textDocument, range }));
    case 'textDocument/codeAction':
      return mangled(fc.record({ textDocument, range, context: codeActionContext }));
    case 'workspace/symbol':
      return mangled(fc.record({ query: orJunk(fc.oneof(fc.constantFrom('', 'Quenby', 'a', '*', '.*'), inventedName)) }));
    case 'workspace/executeCommand':
      return mangled(fc.record({ command: fc.constantFrom('entityLens.showMentions', 'entityLens.acknowledgeClaim', 'nonsense'), arguments: fc.array(junk, { maxLength: 2 }) }));
    case 'entityLens/entities':
      return mangled(fc.record({ uri, id: orJunk(name), includeMentions: orJunk(fc.boolean()) }, { requiredKeys: [] }));
    case 'entityLens/rivalryOverlap':
      return mangled(fc.record({ a: orJunk(name), b: orJunk(name) }));
    case 'entityLens/acknowledgeClaim':
      return mangled(fc.record({ uri, code: orJunk(fc.constantFrom('hedged-claim', 'unsourced-figure')), sentence: orJunk(fc.string({ maxLength: 30 })), reason: orJunk(fc.string({ maxLength: 10 })) }));
    case 'entityLens/correctRegistry':
      return mangled(fc.record({ uri, correction }));
    case 'entityLens/exportAnnotations':
      return mangled(fc.record({ format: orJunk(fc.constantFrom('brat', 'jsonl', 'conll', 'pdf')) }));
    case 'entityLens/dictionary':
      return mangled(fc.record({ format: orJunk(fc.constantFrom('cspell', 'vale', 'harper', 'ltex', 'word')), lang: orJunk(fc.constantFrom('en-US', 'de')) }, { requiredKeys: ['format'] }));
    case 'entityLens/internal/stats':
      return mangled(fc.record({ collectGarbage: orJunk(fc.boolean()) }));
    default:
      return mangled(fc.record({}));
  }
}

/** A request step: any method, its (maybe mangled) params, maybe omitted, maybe cancelled. */
const requestStep: fc.Arbitrary<Step> = fc
  .oneof({ weight: 8, arbitrary: fc.constantFrom<string>(...SUPPORTED_REQUESTS) }, { weight: 1, arbitrary: fc.constantFrom<string>(...UNSUPPORTED_REQUESTS) })
  .chain((method) =>
    fc.tuple(
      // Params are left out now and then: a request "without params" on the wire.
      fc.oneof({ weight: 14, arbitrary: paramsFor(method) }, { weight: 1, arbitrary: fc.constant(undefined) }),
      fc.constantFrom<CancelMode>('none', 'none', 'none', 'at-once', 'next-turn'),
    ).map(([params, cancel]): Step => (params === undefined ? { kind: 'request', method, cancel } : { kind: 'request', method, params, cancel })),
  );

// ---- Document sync ----

const changeText = fc.oneof(fc.array(fc.constantFrom('', 'x', ' ', '\n', '\r\n', 'Quenby ', '{', '"', ']', ','), { maxLength: 3 }).map((p) => p.join('')), adversarialText(3));

/** A range over zero to two lines from a line anywhere (past the last one too), as a client's edits are. */
const lineSpan: fc.Arbitrary<Json> = fc
  .tuple(fc.nat({ max: 12 }), fc.nat({ max: 2 }), character, character)
  .map(([start, lines, a, b]) => ({ start: { line: start, character: a }, end: { line: start + lines, character: b } }));

/** The range of an edit: well-formed (reversed and out-of-range ones included) but for now and then. */
const editRange: fc.Arbitrary<Json> = fc.oneof(
  { weight: 10, arbitrary: fc.record({ start: fc.record({ line, character }), end: fc.record({ line, character }) }) },
  { weight: 10, arbitrary: lineSpan },
  { weight: 1, arbitrary: range },
);

/** One content change: incremental (any range), with a rangeLength, a full replacement, or (rarely) malformed. */
const contentChange: fc.Arbitrary<Json> = fc.oneof(
  { weight: 12, arbitrary: fc.record({ range: editRange, text: changeText }) },
  { weight: 1, arbitrary: fc.record({ range, rangeLength: fc.oneof(fc.nat({ max: 20 }), junk), text: changeText }) },
  { weight: 3, arbitrary: fc.record({ text: changeText }) },
  { weight: 1, arbitrary: fc.oneof(junk, fc.record({ range: junk, text: fc.oneof(changeText, junk) })) },
);

/** The language a client gives a document: mostly its own, sometimes one the server does not read. */
function languageFor(doc: DocName): fc.Arbitrary<string> {
  const own = doc === 'registry' || doc === 'extraRegistry' || doc === 'acknowledgements' ? fc.constant('json') : fc.constantFrom('markdown', 'plaintext');
  return fc.oneof({ weight: 8, arbitrary: own }, { weight: 1, arbitrary: fc.constantFrom('json', 'rust', '', 'markdown') });
}

const openStep: fc.Arbitrary<Step> = docName.chain((doc) =>
  fc.record({ kind: fc.constant('open' as const), doc: fc.constant(doc), languageId: languageFor(doc), text: textFor(doc) }),
);

/** A change; now and then with a version of its own (stale, huge, or not an integer) instead of the next one. */
const changeStep: fc.Arbitrary<Step> = fc
  .tuple(
    docName,
    fc.oneof({ weight: 14, arbitrary: fc.array(contentChange, { minLength: 1, maxLength: 3 }) }, { weight: 1, arbitrary: junk }),
    fc.oneof({ weight: 7, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom<Json>(0, -1, 1, 2 ** 31, null, '2', 1.5) }),
  )
  .map(([doc, changes, version]): Step => (version === undefined ? { kind: 'change', doc, changes } : { kind: 'change', doc, changes, version }));

const closeStep: fc.Arbitrary<Step> = fc.record({ kind: fc.constant('close' as const), doc: docName });

/** Notifications: sync messages with malformed params, saves, watcher events, trace, cancellations of unknown ids, unknown methods. */
const notifyStep: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('notify' as const), method: fc.constant('textDocument/didSave'), params: mangled(fc.record({ textDocument, text: fc.oneof(changeText, junk) }, { requiredKeys: ['textDocument'] })) }),
  fc.record({
    kind: fc.constant('notify' as const),
    method: fc.constantFrom('textDocument/didOpen', 'textDocument/didClose', 'textDocument/didChange'),
    params: mangled(fc.record({ textDocument: fc.record({ uri, languageId: fc.oneof(fc.constant<Json>('markdown'), junk), version: fc.oneof(fc.nat({ max: 5 }), junk), text: fc.oneof(changeText, junk) }, { requiredKeys: ['uri'] }) as fc.Arbitrary<Json>, contentChanges: fc.oneof(fc.array(contentChange, { maxLength: 2 }) as fc.Arbitrary<Json>, junk) }, { requiredKeys: ['textDocument'] })),
  }),
  fc.record({
    kind: fc.constant('notify' as const),
    method: fc.constant('workspace/didChangeWatchedFiles'),
    params: mangled(fc.record({ changes: fc.oneof(fc.array(fc.record({ uri, type: fc.oneof(fc.constantFrom(1, 2, 3), junk) }), { maxLength: 3 }) as fc.Arbitrary<Json>, junk) })),
  }),
  fc.record({ kind: fc.constant('notify' as const), method: fc.constant('$/cancelRequest'), params: mangled(fc.record({ id: fc.oneof(fc.nat({ max: 40 }), junk) })) }),
  fc.record({ kind: fc.constant('notify' as const), method: fc.constantFrom('$/setTrace', 'entityLens/noSuchNotification', 'workspace/didChangeConfiguration', 'initialized'), params: mangled(fc.record({ value: fc.constantFrom<Json>('off', 'verbose'), settings: junk })) }),
);

/** Settings a user (or a broken settings file) may have: right keys with wrong values, phrases that look like regexes. */
const settingsStep: fc.Arbitrary<Step> = fc.record({
  kind: fc.constant('settings' as const),
  settings: fc.oneof(
    fc.record(
      {
        diagnostics: fc.oneof(fc.record({ enable: fc.oneof(fc.boolean(), junk), severity: fc.dictionary(fc.constantFrom('hedged-claim', 'unsourcedFigure', 'nonsense'), fc.oneof(fc.constantFrom<Json>('error', 'off', 'loud'), junk)) }) as fc.Arbitrary<Json>, junk),
        claims: fc.oneof(fc.record({ hedgeCues: fc.oneof(fc.array(fc.constantFrom('(', '.*', '\\', '[a-', 'allegedly', ' ', 'a'.repeat(300)), { maxLength: 3 }) as fc.Arbitrary<Json>, junk), attributionPhrases: fc.oneof(fc.array(fc.string({ maxLength: 8 }), { maxLength: 2 }) as fc.Arbitrary<Json>, junk), figureKinds: fc.oneof(fc.subarray(['money', 'percent', 'year', 'date', 'quantity', 'weight']) as fc.Arbitrary<Json>, junk) }) as fc.Arbitrary<Json>, junk),
        files: fc.oneof(fc.record({ maxSizeMB: fc.oneof(fc.constantFrom<Json>(0, -1, 1e-9, 1e308), junk), include: fc.oneof(fc.constant<Json>(['**/*']), junk), exclude: fc.oneof(fc.constant<Json>(['**']), junk) }) as fc.Arbitrary<Json>, junk),
      },
      { requiredKeys: [] },
    ) as fc.Arbitrary<Json>,
    junk,
  ),
});

/** One step, weighted towards document traffic and requests. */
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: openStep },
  { weight: 5, arbitrary: changeStep },
  { weight: 1, arbitrary: closeStep },
  { weight: 8, arbitrary: requestStep },
  { weight: 2, arbitrary: notifyStep },
  { weight: 1, arbitrary: settingsStep },
);

/** A sequence of steps. */
export function sequence(maxLength: number): fc.Arbitrary<Step[]> {
  return fc.array(step, { minLength: 1, maxLength, size: 'medium' });
}

/**
 * Every document feature, well-formed, on every prose document as the sequence left it (opened, edited, closed
 * or never opened), so that each run exercises the features on its random final texts.
 */
export function featureSweep(): Step[] {
  const steps: Step[] = [];
  const request = (method: string, params: Json): void => void steps.push({ kind: 'request', method, params, cancel: 'none' });
  for (const doc of ['article', 'notes', 'untitled', 'outside'] as const) {
    const textDocument = { uri: `@doc:${doc}` };
    for (const position of [{ line: 0, character: 2 }, { line: 0, character: 40 }, { line: 1, character: 0 }, { line: 2, character: 3 }]) {
      request('textDocument/hover', { textDocument, position });
      request('textDocument/definition', { textDocument, position });
      request('textDocument/references', { textDocument, position, context: { includeDeclaration: true } });
      request('textDocument/documentHighlight', { textDocument, position });
    }
    request('textDocument/documentSymbol', { textDocument });
    request('textDocument/semanticTokens/full', { textDocument });
    request('textDocument/codeAction', { textDocument, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 14 } }, context: { diagnostics: [] } });
    request('textDocument/codeAction', { textDocument, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } }, context: { diagnostics: [] } });
    request('entityLens/entities', { uri: `@doc:${doc}`, includeMentions: true });
  }
  request('workspace/symbol', { query: '' });
  request('entityLens/entities', { includeMentions: true });
  request('entityLens/acknowledgements', {});
  request('entityLens/exportAnnotations', { format: 'brat' });
  request('entityLens/dictionary', { format: 'ltex' });
  return steps;
}
