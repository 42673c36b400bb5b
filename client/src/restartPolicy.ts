/**
 * What to do when the language server stops unexpectedly: restart it and say so once; after
 * too many crashes in a short time, stop trying and say why. Kept free of the `vscode` module
 * so the policy can be tested outside the editor.
 */
export interface RestartDecision {
  restart: boolean;
  /** A message for the user, or undefined to stay quiet. */
  message?: string;
}

const WINDOW_MS = 3 * 60_000;
const MAX_CRASHES = 5;

export function restartPolicy(now: () => number = Date.now): () => RestartDecision {
  const crashes: number[] = [];
  let told = false;
  return () => {
    const at = now();
    crashes.push(at);
    while (crashes.length && at - crashes[0] > WINDOW_MS) crashes.shift();
    if (crashes.length > MAX_CRASHES) return { restart: false, message: `copylint: the server crashed ${MAX_CRASHES} times in 3 minutes and was stopped. See the copylint output; the "copylint: Restart Server" command starts it again.` };
    if (told) return { restart: true };
    told = true;
    return { restart: true, message: 'copylint: the server stopped unexpectedly and was restarted.' };
  };
}
