import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pickText } from '../../client/src/pickText';

describe('quick-pick text from documents', () => {
  it('escapes icon syntax so a name cannot show an icon', () => {
    assert.equal(pickText('Jane $(alert) Doe'), 'Jane \\$(alert) Doe');
    assert.equal(pickText('$(sync~spin)'), '\\$(sync~spin)');
  });

  it('leaves an already escaped icon and plain dollars alone', () => {
    assert.equal(pickText('\\$(alert)'), '\\$(alert)');
    assert.equal(pickText('raised $40 million (in cash)'), 'raised $40 million (in cash)');
  });

  it('shows bidi and zero-width controls as code points', () => {
    assert.equal(pickText('Ja\u202Ene\u200B Doe'), 'Ja[U+202E]ne[U+200B] Doe');
  });
});
