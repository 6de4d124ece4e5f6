/**
 * The check of encoded analyses read from the cache: it accepts every analysis the engine really makes (else
 * those documents would be analyzed again at every start, with a misleading log line) and names what is wrong
 * with a damaged one.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeCorpus, ParagraphCache } from '../../server/src/analysis/index';
import { decodeChecked, encodeAnalysis } from '../../server/src/workspace/analysisCodec';
import { encodingProblem } from '../../server/src/workspace/encodingCheck';

/** out/test/workspace -> the repository's test/fixtures. */
const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures');

describe('encoded analysis check', () => {
  it('accepts the encoding of every analysis of the fixture corpora, and decodes it to the same analysis', () => {
    let checked = 0;
    for (const corpus of readdirSync(FIXTURES)) {
      const files = readdirSync(join(FIXTURES, corpus)).filter((name) => name.endsWith('.txt') || name.endsWith('.md'));
      const documents = files.map((name) => ({ uri: `file:///fixtures/${corpus}/${name}`, text: readFileSync(join(FIXTURES, corpus, name), 'utf8'), languageId: name.endsWith('.md') ? 'markdown' : 'plaintext' }));
      const { analyses } = analyzeCorpus(documents, undefined, new ParagraphCache());
      for (const { uri, text } of documents) {
        const analysis = analyses.get(uri)!;
        const stored = JSON.parse(JSON.stringify(encodeAnalysis(text, analysis))) as unknown;
        const decoded = decodeChecked(text, stored);
        assert.ok('analysis' in decoded, `${uri}: ${'problem' in decoded ? decoded.problem : ''}`);
        assert.deepEqual(decoded.analysis, JSON.parse(JSON.stringify(analysis)));
        checked++;
      }
    }
    assert.ok(checked >= 30, `checked ${checked} documents`);
  });

  const TEXT = 'Marisol Quenby said so.\n';
  const good = (): Record<string, unknown> => ({
    length: TEXT.length,
    paragraphs: [0, 24],
    sentences: [0, 23],
    mentions: [[0, 14, 0, null, 0.9, 'title']],
    claims: [],
    relations: [],
    roles: [{ person: 'Marisol Quenby', role: 'spokesperson', evidence: { start: 0, end: 23 } }],
    warnings: [],
    localNames: [['marisol quenby', 'person', 0.9, 0.9]],
  });
  /** The good encoding with one field replaced. */
  const with_ = (field: string, value: unknown): unknown => ({ ...good(), [field]: value });
  const table: Array<[string, unknown, string | undefined]> = [
    ['nothing wrong', good(), undefined],
    ['a figure mention', with_('mentions', [[0, 14, 2, '', 1, 'money', '', { kind: 'money', value: 5, currency: 'USD' }]]), undefined],
    ['another length', with_('length', 3), 'made for a text of another length'],
    ['fractional offsets', with_('sentences', [0, 2.5]), 'sentences[0]: offsets are not whole numbers'],
    ['a span ending before it starts', with_('paragraphs', [10, 4]), 'paragraphs[0]: offsets outside the text'],
    ['a mention of the wrong length', with_('mentions', [[0, 14, 0]]), 'mentions[0]: not a mention entry'],
    ['a name that is a number', with_('mentions', [[0, 14, 0, 5, 0.9, 'title']]), 'mentions[0]: name is not a string'],
    ['an unknown figure kind', with_('mentions', [[0, 14, 2, '', 1, 'x', '', { kind: 'weight' }]]), 'mentions[0]: unknown figure kind'],
    ['a role evidence past the text', with_('roles', [{ person: 'p', role: 'r', evidence: { start: 0, end: 99 } }]), 'roles[0]: offsets outside the text'],
    ['a role without evidence', with_('roles', [{ person: 'p', role: 'r' }]), 'roles[0]: evidence is not a span'],
    ['a warning that is not text', with_('warnings', [null]), 'warnings[0]: warning is not a string'],
    ['a local name of an unknown kind', with_('localNames', [['x', 'figure', 1, 1]]), 'localNames[0]: unknown kind'],
    ['a relation to an unknown kind', with_('relations', [{ type: 'leads', subject: 'a', subjectKind: 'person', object: 'b', objectKind: 'planet', evidence: { start: 0, end: 1 } }]), 'relations[0]: unknown objectKind'],
    ['an array instead of an object', [], 'not an object'],
    ['null', null, 'not an object'],
  ];
  for (const [name, encoded, expected] of table) {
    it(name, () => assert.equal(encodingProblem(TEXT.length, encoded), expected));
  }
});
