import { setFlagsFromString } from 'node:v8';

/**
 * Caps how much V8's optimizing compiler inlines into one function (V8's default budget is
 * 920 bytes of bytecode; here 400). A lint makes a few large functions hot from the first
 * paragraph (rule checks calling matchers calling patterns); fully inlined, compiling them
 * took about 1 s of CPU in a cold 1 MB run on two cores, beside the lint itself. With the cap
 * that run took 11% less time and a warm lint the same (10 alternating runs each; `npm run
 * bench` prints the figures). Only a compiler heuristic changes, never a result.
 */
export function tuneCompiler(): void {
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=400');
  // Rule patterns are compiled to machine code on first use instead of being interpreted first
  // and compiled again once hot: in the first 100 KB of a cold lint, pattern matching took
  // 32 ms with the two steps and 10 ms without (6 profiled runs each).
  setFlagsFromString('--no-regexp-tier-up');
}
