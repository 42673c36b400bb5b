import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';

/**
 * The connection the command line asks for (--stdio, --node-ipc, --socket=…, as for any LSP
 * server). On stdio, a broken frame (a header without a valid Content-Length, a body that is
 * not JSON) leaves the stream out of step for good, and createConnection's own reader reports it
 * to no one: the server waited forever. Here it exits non-zero, so that the client restarts it.
 */
export function connectionFromArgs(): Connection {
  if (!process.argv.slice(2).includes('--stdio')) return createConnection(ProposedFeatures.all);
  const reader = new StreamMessageReader(process.stdin);
  reader.onError((err) => exit(`cannot read the client's messages (${err.message.split('\n')[0]})`));
  // createConnection does this for the stdio it opens itself: stdin ends when the client goes.
  process.stdin.on('end', () => exit('the client closed standard input'));
  // Standard output carries the protocol: what a library prints goes to the log on stderr.
  console.log = console.info = console.debug = console.error;
  return createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout));
}

function exit(why: string): never {
  process.stderr.write(`copylint: ${why}; the language server exits.\n`);
  process.exit(1);
}
