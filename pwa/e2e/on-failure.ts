import { beforeEach } from 'vitest';
import { reportOpenPages } from './browser';

// Every browser test: when it fails, the open pages are described in the log and photographed
// (artifacts/failures), so that a failure on CI says what was on the screen.
beforeEach((ctx) => {
  ctx.onTestFailed(async () => {
    await reportOpenPages(ctx.task.name);
  });
});
