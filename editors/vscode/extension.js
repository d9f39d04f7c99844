// The client half of ML0's editor support: starts `ml0c lsp` for .ml0
// files and passes the ml0.borrowck setting as an initialization option.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const config = vscode.workspace.getConfiguration('ml0');
  const server = { command: config.get('path', 'ml0c'), args: ['lsp'] };
  client = new LanguageClient('ml0', 'ML0 (ml0c lsp)', server, {
    documentSelector: [{ scheme: 'file', language: 'ml0' }],
    initializationOptions: { borrowck: config.get('borrowck', false) },
  });
  client.start();
  context.subscriptions.push({ dispose: () => client && client.stop() });
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
