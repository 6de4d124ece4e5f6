/**
 * Sourcing commands: "Acknowledge with a reason…" (run by the quick fix: asks for the reason, then the server
 * applies the acknowledgements file edit) and "Entity Lens: List Acknowledgements".
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  ACKNOWLEDGE_CLAIM_COMMAND,
  AcknowledgeClaimRequest,
  AcknowledgementsRequest,
  type AcknowledgeClaimArgs,
  type EditResult,
} from '../../server/src/protocol';
import { LIST_ACKNOWLEDGEMENTS } from './commandIds';
import { pickText } from './pickText';

/** The sourcing commands, by id. */
export function sourcingCommands(client: LanguageClient): Record<string, (...args: unknown[]) => Promise<void>> {
  return {
    [ACKNOWLEDGE_CLAIM_COMMAND]: (args) => acknowledgeClaim(client, args as AcknowledgeClaimArgs),
    [LIST_ACKNOWLEDGEMENTS]: () => listAcknowledgements(client),
  };
}

async function acknowledgeClaim(client: LanguageClient, args: AcknowledgeClaimArgs): Promise<void> {
  const reason = await vscode.window.showInputBox({
    title: `Acknowledge ${args.code}`,
    prompt: 'Why is this claim fine as it is? Recorded in .entity-lens/acknowledgements.json and shown in the hover.',
    placeHolder: 'Source: interview notes, 2 May',
    validateInput: (value) => (value.trim() === '' ? 'Give a reason' : undefined),
  });
  if (reason === undefined) {
    return;
  }
  reportEdit(await client.sendRequest(AcknowledgeClaimRequest, { ...args, reason }));
}

async function listAcknowledgements(client: LanguageClient): Promise<void> {
  const { acknowledgements } = await client.sendRequest(AcknowledgementsRequest, {});
  if (acknowledgements.length === 0) {
    void vscode.window.showInformationMessage('Entity Lens: no acknowledgements yet. Use the "Acknowledge with a reason…" quick fix on a claim.');
    return;
  }
  const items = acknowledgements.map((a) => ({
    label: pickText(a.reason),
    description: `${a.code}${a.date ? ` · ${a.date}` : ''}${a.locations.length === 0 ? ' · sentence not found' : ''}`,
    detail: pickText(a.sentence),
    acknowledgement: a,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: `Acknowledgements (${items.length})`, matchOnDescription: true, matchOnDetail: true });
  const location = picked?.acknowledgement.locations[0];
  if (location) {
    const { start, end } = location.range;
    await vscode.window.showTextDocument(vscode.Uri.parse(location.uri), { selection: new vscode.Range(start.line, start.character, end.line, end.character) });
  } else if (picked) {
    await vscode.window.showTextDocument(vscode.Uri.parse(picked.acknowledgement.source));
  }
}

/** Says why an edit request applied nothing (the editor shows the applied edit itself). */
export function reportEdit(result: EditResult): void {
  if (!result.applied) {
    void vscode.window.showWarningMessage(`Entity Lens: ${result.message ?? 'nothing was changed'}`);
  }
}
