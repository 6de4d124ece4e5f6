/**
 * `entity-lens overlap`: the built CLI on the seed articles (text and --json), and exit 2 with a suggestion.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { runCli } from './cliHarness';

describe('entity-lens overlap', () => {
  it('prints the shared sectors with organizations and evidence lines', () => {
    const run = runCli(['overlap', 'Sam Altman', 'Elon Musk', 'seeds']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Rivalry overlap of Sam Altman and Elon Musk: 4 sectors/);
    for (const sector of ['artificial intelligence', 'space launch', 'brain-computer interfaces', 'social networks']) {
      assert.match(run.stdout, new RegExp(`^${sector}$`, 'm'));
    }
    assert.match(run.stdout, /Sam Altman: Stoke Space \(explored-deal\)/);
    assert.match(run.stdout, /seeds\/openai-musk-rivalry\.md:\d+ {2}Neuralink, which builds brain implants/);
    assert.match(run.stdout, /Not shared: electric vehicles \(Elon Musk\)/);
  });

  it('prints the DESIGN §6 JSON shape with --json', () => {
    const run = runCli(['overlap', '--json', 'Quenby-Arce', 'Szabó-Whitlock', 'seeds']);
    assert.equal(run.code, 0, run.stderr);
    const json = JSON.parse(run.stdout) as { a: { id: string; name: string }; b: { id: string; name: string }; sectors: Array<{ sector: string; a: Array<{ organization: string; relation: string; evidence: Array<{ path: string; line: number; text: string }> }>; b: unknown[] }> };
    assert.deepEqual(json.a, { id: json.a.id, name: 'Marisol Quenby-Arce' });
    assert.equal(json.b.name, 'Anouk Szabó-Whitlock');
    assert.deepEqual(json.sectors.map((s) => s.sector), ['satellite internet', 'space launch']);
    for (const org of json.sectors.flatMap((s) => s.a)) {
      assert.deepEqual(Object.keys(org).sort(), ['evidence', 'organization', 'relation']);
      for (const e of org.evidence) {
        assert.deepEqual(Object.keys(e).sort(), ['line', 'path', 'text']);
        assert.ok(Number.isInteger(e.line) && e.path.startsWith('seeds/'));
      }
    }
  });

  it('says plainly when nothing overlaps and shows what each side has', () => {
    const run = runCli(['overlap', 'Ottoline Barrowcliffe', 'Adaeze Thorsby-Nwosu', 'seeds']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /No overlap: Ottoline Barrowcliffe and Adaeze Thorsby-Nwosu share no sector\./);
    assert.match(run.stdout, /Ottoline Barrowcliffe has: nuclear energy \(Fennimore Atomics\)/);
    assert.match(run.stdout, /Adaeze Thorsby-Nwosu has: food delivery \(Chowrider\); payments \(Tillpoint\)/);
  });

  it('exits 2 with one line naming the nearest person when a name matches nobody', () => {
    const run = runCli(['overlap', 'Sam Altmann', 'Elon Musk', 'seeds']);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr.trim().split('\n').length, 1);
    assert.match(run.stderr, /no person named 'Sam Altmann'; did you mean 'Sam Altman'/);
  });

  it('exits 2 without two names and a path', () => {
    const run = runCli(['overlap', 'Sam Altman', 'seeds']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /two person names and at least one PATH/);
  });
});
