#!/usr/bin/env node
// Stands in for the VS Code executable in @vscode/test-electron's runTests where no Electron
// VS Code can be had: runs the extension-host suite inside code-server, driven by headless
// Chromium, and exits with the suite's exit code (never 0 when it did not run).
require('tsx/cjs');
require('./codeServerShim.ts')
  .main(process.argv.slice(2))
  .then(
    (code) => process.exit(code),
    (err) => {
      console.error(`code-server shim: ${err && err.stack ? err.stack : err}`);
      process.exit(1);
    },
  );
