import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { tuneCompiler } from '../node/compilerTuning';
import { startServer } from './server';

tuneCompiler();

// The transport (--stdio, --node-ipc, --socket=…) comes from the command line, as for any LSP server.
startServer(createConnection(ProposedFeatures.all));
