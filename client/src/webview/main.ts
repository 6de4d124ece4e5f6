/**
 * Entry of the rivalry overlap webview: shows the saved state (after the panel was hidden) or the initial data
 * attribute, then whatever the extension posts; posts clicks on evidence and on "Copy as Markdown" back. Every
 * message and the saved state go through the guards of messages.ts before they are rendered.
 */
import { toDom } from './dom';
import { isOverlapView, isToWebviewMessage, type FromWebviewMessage, type ToWebviewMessage } from './messages';
import { COPY_MARKDOWN_ACTION, renderError, renderOverlap } from './render';

const vscode = acquireVsCodeApi<ToWebviewMessage>();
const root = document.getElementById('root')!;

function post(message: FromWebviewMessage): void {
  vscode.postMessage(message);
}

function show(message: ToWebviewMessage): void {
  // Keep keyboard focus on the same control across refreshes (the index changes while the user reads).
  const focused = document.activeElement?.closest('[data-evidence], [data-action]');
  const focusKey = focused ? `[data-evidence="${focused.getAttribute('data-evidence') ?? ''}"], [data-action="${focused.getAttribute('data-action') ?? ''}"]` : undefined;
  const tree = message.type === 'show' ? renderOverlap(message.view) : renderError(message.message);
  root.replaceChildren(toDom(document, tree));
  vscode.setState(message);
  if (focusKey) {
    root.querySelector<HTMLElement>(focusKey)?.focus();
  }
}

function initialMessage(): ToWebviewMessage | undefined {
  const saved = vscode.getState();
  if (isToWebviewMessage(saved)) {
    return saved;
  }
  try {
    const view: unknown = JSON.parse(root.dataset['initial'] ?? 'null');
    return isOverlapView(view) ? { type: 'show', view } : undefined;
  } catch {
    return undefined;
  }
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (isToWebviewMessage(event.data)) {
    show(event.data);
  }
});

root.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest('button') : null;
  const evidence = target?.getAttribute('data-evidence');
  if (evidence) {
    post({ type: 'openEvidence', id: Number(evidence) });
  } else if (target?.getAttribute('data-action') === COPY_MARKDOWN_ACTION) {
    post({ type: 'copyMarkdown' });
  }
});

const initial = initialMessage();
if (initial) {
  show(initial);
}
// The extension answers with the current result, which may be newer than the saved state.
post({ type: 'ready' });
