#!/usr/bin/env node
// Node 22+ keeps the compiled bundle in its on-disk code cache: a faster start on every later run.
require('node:module').enableCompileCache?.();
require('../dist/cli.js');
