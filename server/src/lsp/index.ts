import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

// The transport (--stdio, --node-ipc, --socket=…) comes from the command line, as for any LSP server.
startServer(createConnection(ProposedFeatures.all));
