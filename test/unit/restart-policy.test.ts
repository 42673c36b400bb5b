import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { restartPolicy } from '../../client/src/restartPolicy';

describe('restart policy of the VS Code client', () => {
  it('restarts a crashed server and says so only the first time', () => {
    let now = 0;
    const decide = restartPolicy(() => now);
    assert.deepEqual(decide(), { restart: true, message: 'copylint: the server stopped unexpectedly and was restarted.' });
    now += 60_000;
    assert.deepEqual(decide(), { restart: true });
  });

  it('stops after more than five crashes in three minutes, and counts again after a quiet spell', () => {
    let now = 0;
    const decide = restartPolicy(() => now);
    for (let i = 0; i < 5; i++, now += 1000) assert.equal(decide().restart, true);
    const stopped = decide();
    assert.equal(stopped.restart, false);
    assert.match(stopped.message!, /crashed 5 times in 3 minutes/);
    now += 10 * 60_000;
    assert.deepEqual(decide(), { restart: true });
  });
});
