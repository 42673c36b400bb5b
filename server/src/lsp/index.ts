import { tuneCompiler } from '../node/compilerTuning';
import { startServer } from './server';
import { connectionFromArgs } from './transport';

tuneCompiler();

startServer(connectionFromArgs());
