/**
 * The client's crash policy: restart after a crash, notify the first time only, stop after too many crashes in
 * the window (saying so, with a way to restart), start afresh after that, and tolerate a few connection errors.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CONNECTION_FAILED_NOTICE, CrashPolicy, DEFAULT_CRASH_LIMITS, gaveUpNotice, RESTART_ACTION, RESTARTED_NOTICE, SHOW_LOG_ACTION, TOLERATED_CONNECTION_ERRORS, type CrashDecision } from '../../client/src/crashPolicy';

const LIMITS = { restarts: 3, windowMs: 60_000 };

/** A policy on a clock the test moves by hand. */
function policyAt(start = 1_000_000): { policy: CrashPolicy; advance: (ms: number) => void } {
  let now = start;
  return { policy: new CrashPolicy(LIMITS, () => now), advance: (ms) => (now += ms) };
}

function crashes(policy: CrashPolicy, count: number, advance: (ms: number) => void, spacingMs: number): CrashDecision[] {
  const decisions: CrashDecision[] = [];
  for (let i = 0; i < count; i++) {
    decisions.push(policy.crashed());
    advance(spacingMs);
  }
  return decisions;
}

describe('crash policy', () => {
  it('restarts after a crash and notifies the first time only, with a button for the log', () => {
    const { policy, advance } = policyAt();
    const decisions = crashes(policy, 3, advance, 1_000);
    assert.deepEqual(decisions.map((d) => d.keepRunning), [true, true, true]);
    assert.deepEqual(decisions[0]?.notice, { severity: 'information', message: RESTARTED_NOTICE, actions: [SHOW_LOG_ACTION] });
    assert.deepEqual(decisions.slice(1).map((d) => d.notice), [undefined, undefined]);
    assert.ok(decisions.every((d) => /stopped unexpectedly/.test(d.logLine)), 'every crash is logged');
  });

  it('keeps restarting crashes that are spread out, and never notifies again', () => {
    const { policy, advance } = policyAt();
    const decisions = crashes(policy, 20, advance, LIMITS.windowMs / LIMITS.restarts + 1);
    assert.ok(decisions.every((d) => d.keepRunning));
    assert.equal(decisions.filter((d) => d.notice).length, 1);
  });

  it('stops after one crash more than the restarts allowed in the window, saying so with Restart', () => {
    const { policy, advance } = policyAt();
    const decisions = crashes(policy, LIMITS.restarts + 1, advance, 1_000);
    assert.deepEqual(decisions.map((d) => d.keepRunning), [true, true, true, false]);
    const last = decisions[LIMITS.restarts]!;
    assert.equal(last.notice?.severity, 'warning');
    assert.equal(last.notice?.message, gaveUpNotice(LIMITS));
    assert.deepEqual(last.notice?.actions, [RESTART_ACTION, SHOW_LOG_ACTION]);
    assert.match(last.notice?.message ?? '', /4 times in 1 minute /);
  });

  it('forgets crashes older than the window', () => {
    const { policy, advance } = policyAt();
    crashes(policy, LIMITS.restarts, advance, 1_000);
    advance(LIMITS.windowMs);
    assert.equal(policy.crashed().keepRunning, true);
  });

  it('after giving up, a restart by the user gets a fresh window and no second "restarted" notice', () => {
    const { policy, advance } = policyAt();
    crashes(policy, LIMITS.restarts + 1, advance, 10);
    const again = crashes(policy, LIMITS.restarts, advance, 10);
    assert.ok(again.every((d) => d.keepRunning && d.notice === undefined), JSON.stringify(again));
    const stop = policy.crashed();
    assert.equal(stop.keepRunning, false);
    assert.equal(stop.notice?.message, gaveUpNotice(LIMITS), 'giving up again is said again: the server is stopped again');
  });

  it('tolerates a few connection errors in a row silently, then stops the server with a notice', () => {
    const policy = new CrashPolicy(LIMITS, () => 0);
    for (let count = 1; count <= TOLERATED_CONNECTION_ERRORS; count++) {
      const decision = policy.connectionFailed(count, 'write EPIPE');
      assert.equal(decision.keepRunning, true);
      assert.equal(decision.notice, undefined);
      assert.match(decision.logLine, /write EPIPE/);
    }
    assert.equal(policy.connectionFailed(undefined, 'unknown count').keepRunning, true);
    const stop = policy.connectionFailed(TOLERATED_CONNECTION_ERRORS + 1, 'write EPIPE');
    assert.equal(stop.keepRunning, false);
    assert.deepEqual(stop.notice, { severity: 'warning', message: CONNECTION_FAILED_NOTICE, actions: [RESTART_ACTION, SHOW_LOG_ACTION] });
  });

  it('defaults to the library\'s own limits and names them in minutes', () => {
    assert.deepEqual(DEFAULT_CRASH_LIMITS, { restarts: 4, windowMs: 180_000 });
    assert.match(gaveUpNotice(DEFAULT_CRASH_LIMITS), /stopped unexpectedly 5 times in 3 minutes/);
    assert.match(gaveUpNotice({ restarts: 1, windowMs: 30_000 }), /2 times in 30 seconds/);
  });
});
