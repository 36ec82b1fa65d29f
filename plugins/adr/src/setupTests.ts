import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Tabs and cards load lazily: a cold jest worker on a busy machine can take
// seconds for the first render.
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);

// jsdom lays nothing out; the decision graph measures its nodes and labels
// with getBBox, so every SVG element answers a fixed size.
Object.defineProperty(window.SVGElement.prototype, 'getBBox', {
  configurable: true,
  value: () => ({ x: 0, y: 0, width: 120, height: 40 }),
});
