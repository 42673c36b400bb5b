import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before } from 'node:test';
import { TestClient } from '../../scripts/lspClient';
import { tempTree } from './tmp';

/**
 * A language server over stdio, initialized on a temporary workspace with `files` before the
 * suite's tests and stopped after them. Call inside describe(); the client exists from before().
 */
export function lspSession(files: Record<string, string>) {
  const dir = tempTree(files);
  let client: TestClient | undefined;
  before(async () => {
    client = new TestClient();
    await client.initialize(pathToFileURL(dir).href);
  });
  after(() => client?.stop());
  return {
    dir,
    uri: (name: string) => pathToFileURL(join(dir, name)).href,
    get client(): TestClient {
      return client!;
    },
  };
}
