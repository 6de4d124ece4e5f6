/**
 * Sector normalization: equivalent wordings meet; everything else keeps its own normalized sector.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { normalizeSector } from '../../server/src/analysis/index';

describe('sector normalization', () => {
  const groups: ReadonlyArray<readonly [string, readonly string[]]> = [
    ['space launch', ['rocket company', 'reusable rockets', 'launch provider', 'reusable-rocket startup', 'rocket venture', 'space launch', 'launch business']],
    ['robotics', ['robots', 'robotics', 'humanoid robot', 'robotics company', 'humanoid robots', 'robot maker']],
    ['batteries', ['battery manufacturer', 'battery startup', 'batteries', 'battery maker']],
    ['artificial intelligence', ['AI lab', 'artificial intelligence company', 'AI company', 'A.I. startup', 'artificial intelligence']],
    ['brain-computer interfaces', ['brain-computer interface', 'brain implants', 'brain-computer interface startup', 'brain-computer interfaces', 'neural implant maker']],
    ['social networks', ['social network', 'social media platform', 'social networks', 'social media']],
    ['electric vehicles', ['electric-car maker', 'electric-vehicle maker', 'EV maker', 'electric vehicles', 'electric vehicle company']],
    ['food delivery', ['food delivery app', 'meal-delivery platform', 'food delivery']],
    ['payments', ['payments startup', 'mobile-money company', 'payments', 'payment provider']],
    ['nuclear energy', ['nuclear energy startup', 'reactor developer', 'small modular reactors', 'nuclear energy', 'nuclear power']],
    ['satellite internet', ['satellite internet company', 'satellite broadband', 'satellite internet']],
  ];
  for (const [key, wordings] of groups) {
    it(`${wordings.join(' / ')} -> ${key}`, () => {
      assert.deepEqual(wordings.map(normalizeSector), wordings.map(() => key));
    });
  }

  const open: ReadonlyArray<readonly [string, string]> = [
    ['drug-discovery unit', 'drug discovery'],
    ['AI drug-discovery company', 'drug discovery'],
    ['ground-station operator', 'ground station'],
    ['solid-state cells', 'solid state cell'],
    ['the Texas robotics company', 'robotics'],
    ['shipping lines', 'shipping line'],
    ['cloud provider', 'cloud computing'],
    ['genomics firm', 'genomic'],
    ['startup', ''],
    ['a company', ''],
  ];
  for (const [wording, key] of open) {
    it(`${wording} -> ${JSON.stringify(key)} (open vocabulary)`, () => {
      assert.equal(normalizeSector(wording), key);
    });
  }

  it('keeps unrelated sectors apart', () => {
    const keys = ['rocket company', 'robotics', 'battery startup', 'AI lab', 'brain implants', 'social network', 'food delivery', 'drug discovery'].map(normalizeSector);
    assert.equal(new Set(keys).size, keys.length);
  });
});
