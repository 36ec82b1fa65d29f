import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Pages and tabs load lazily, and material-table and recharts are heavy: a
// cold jest worker on a busy machine can take seconds for the first render.
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);

// recharts' ResponsiveContainer observes its size; jsdom has no ResizeObserver.
class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
if (!('ResizeObserver' in globalThis)) {
  Object.assign(globalThis, { ResizeObserver: NoopResizeObserver });
}
