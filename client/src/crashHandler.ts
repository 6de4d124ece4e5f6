/**
 * The language client's error handler: CrashPolicy decides, this shows the notices and logs. Every result is
 * `handled`, so vscode-languageclient only logs our line and never shows its own "server crashed" message too.
 */
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type ErrorHandler } from 'vscode-languageclient/node';
import { RESTART_SERVER } from './commandIds';
import { CrashPolicy, RESTART_ACTION, SHOW_LOG_ACTION, type CrashDecision, type CrashNotice } from './crashPolicy';

/** An error handler for one session's client, logging to (and opening) `output`. */
export function crashErrorHandler(output: vscode.LogOutputChannel, policy = new CrashPolicy()): ErrorHandler {
  const report = (decision: CrashDecision): CrashDecision => {
    if (decision.notice) {
      // The log says what the user was told, next to the crash that caused it.
      output.warn(decision.notice.message);
      void notify(decision.notice, output);
    }
    return decision;
  };
  return {
    error: (error, _message, count) => {
      const decision = report(policy.connectionFailed(count, error.message));
      return { action: decision.keepRunning ? ErrorAction.Continue : ErrorAction.Shutdown, message: decision.logLine, handled: true };
    },
    closed: () => {
      const decision = report(policy.crashed());
      return { action: decision.keepRunning ? CloseAction.Restart : CloseAction.DoNotRestart, message: decision.logLine, handled: true };
    },
  };
}

async function notify(notice: CrashNotice, output: vscode.LogOutputChannel): Promise<void> {
  const show = notice.severity === 'warning' ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  const choice = await show(notice.message, ...notice.actions);
  if (choice === SHOW_LOG_ACTION) {
    output.show(true);
  } else if (choice === RESTART_ACTION) {
    await vscode.commands.executeCommand(RESTART_SERVER);
  }
}
