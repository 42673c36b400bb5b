import { resolve } from 'node:path';
import { formatWithOptions } from 'node:util';
import { codeServerDirs, enableExtensionTestPayload, launchChromium, startCodeServer } from '../editors/codeServer';

// Workbench chatter that has nothing to do with the suite (no network here).
const NOISE = /open-vsx|ERR_NAME_NOT_RESOLVED|AgentHost|ChatModelSelection|AccountPolicyGate|getaddrinfo|Failed to load resource|^\s+at /;

/** Takes the arguments runTests passes to VS Code and runs the suite in code-server. */
export async function main(args: string[]): Promise<number> {
  const value = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const extensionDevelopmentPath = value('extensionDevelopmentPath');
  const extensionTestsPath = value('extensionTestsPath');
  const workspace = args.filter((a) => !a.startsWith('-')).at(-1);
  if (!extensionDevelopmentPath || !extensionTestsPath || !workspace) throw new Error(`missing arguments in ${args.join(' ')}`);

  const server = await startCodeServer(codeServerDirs(), resolve(workspace), (s) => process.env.COPYLINT_SHIM_DEBUG && process.stderr.write(s));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await enableExtensionTestPayload(page);
    const exit = new Promise<number>((resolveExit) => {
      // The workbench calls this with the suite's exit code when the run ends.
      void page.exposeFunction('codeAutomationExit', (code: number) => resolveExit(code));
    });
    // The workbench logs as console.log('%c INFO', 'color: …', format, ...args): print the
    // extension host's output (the suite's mocha report among it) as it was meant.
    page.on('console', async (msg) => {
      const values = await Promise.all(msg.args().map((a) => a.jsonValue().catch(() => String(a))));
      const [first, , format, ...rest] = values;
      const text = typeof first === 'string' && first.startsWith('%c') && typeof format === 'string' ? formatWithOptions({ colors: false }, format, ...rest) : msg.text();
      if (process.env.COPYLINT_SHIM_DEBUG || !NOISE.test(text)) console.log(text);
    });
    const remote = (p: string) => `vscode-remote://127.0.0.1:${server.port}${resolve(p)}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(extensionDevelopmentPath)],
      ['extensionTestsPath', remote(extensionTestsPath)],
    ]);
    await page.goto(`${server.url}/?folder=${encodeURIComponent(resolve(workspace))}&payload=${encodeURIComponent(payload)}`);
    const timeout = new Promise<number>((r) => setTimeout(() => r(124), 5 * 60_000));
    const code = await Promise.race([exit, timeout]);
    if (code === 124) console.error('code-server shim: the suite did not finish within 5 minutes');
    return code;
  } finally {
    await browser.close();
    server.stop();
  }
}
