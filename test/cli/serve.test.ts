/**
 * `entity-lens serve --stdio` smoke test: the built CLI answers `initialize` over stdio and exits on `exit`.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';
import { CLI, REPO_ROOT } from './cliHarness';

function frame(message: object): string {
  const body = JSON.stringify({ jsonrpc: '2.0', ...message });
  return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
}

/** Collects framed JSON-RPC messages from a byte stream. */
class MessageReader {
  #buffer = Buffer.alloc(0);
  readonly messages: Array<Record<string, unknown>> = [];
  push(chunk: Buffer): void {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    for (;;) {
      const headerEnd = this.#buffer.indexOf('\r\n\r\n');
      const length = /Content-Length: (\d+)/i.exec(this.#buffer.subarray(0, Math.max(0, headerEnd)).toString('ascii'));
      if (headerEnd < 0 || !length || this.#buffer.length < headerEnd + 4 + Number(length[1])) {
        return;
      }
      const end = headerEnd + 4 + Number(length[1]);
      this.messages.push(JSON.parse(this.#buffer.subarray(headerEnd + 4, end).toString('utf8')) as Record<string, unknown>);
      this.#buffer = this.#buffer.subarray(end);
    }
  }
}

describe('entity-lens serve --stdio', () => {
  it('answers initialize and exits after shutdown and exit', async () => {
    const child = spawn(process.execPath, [CLI, 'serve', '--stdio'], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const reader = new MessageReader();
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const response = (id: number): Promise<Record<string, unknown>> =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no response to request ${id}`)), 20_000);
        const check = (chunk: Buffer): void => {
          reader.push(chunk);
          const found = reader.messages.find((m) => m['id'] === id);
          if (found) {
            clearTimeout(timer);
            child.stdout.off('data', check);
            resolve(found);
          }
        };
        child.stdout.on('data', check);
      });
    try {
      const initialized = response(1);
      child.stdin.write(frame({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
      const init = await initialized;
      assert.ok(init['result'] && typeof (init['result'] as Record<string, unknown>)['capabilities'] === 'object', JSON.stringify(init));
      const shutdown = response(2);
      child.stdin.write(frame({ method: 'initialized', params: {} }));
      child.stdin.write(frame({ id: 2, method: 'shutdown' }));
      await shutdown;
      child.stdin.write(frame({ method: 'exit' }));
      assert.equal(await exited, 0);
    } finally {
      child.kill();
    }
  });
});
