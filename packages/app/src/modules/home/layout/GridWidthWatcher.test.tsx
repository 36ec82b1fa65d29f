import { render } from '@testing-library/react';
import { GridWidthWatcher } from './GridWidthWatcher';

type Callback = (entries: Array<{ contentRect: { width: number } }>) => void;

describe('GridWidthWatcher', () => {
  const observers: Callback[] = [];
  const original = (globalThis as any).ResizeObserver;

  beforeEach(() => {
    observers.length = 0;
    (globalThis as any).ResizeObserver = class {
      constructor(callback: Callback) {
        observers.push(callback);
      }
      observe() {}
      disconnect() {}
    };
  });

  afterEach(() => {
    (globalThis as any).ResizeObserver = original;
  });

  it('tells the grid when its container changes width, and only then', () => {
    const resizes = jest.fn();
    window.addEventListener('resize', resizes);
    render(
      <GridWidthWatcher>
        <span>grid</span>
      </GridWidthWatcher>,
    );
    expect(observers).toHaveLength(1);

    // jsdom lays nothing out: the first width is 0.
    observers[0]([{ contentRect: { width: 0 } }]);
    expect(resizes).not.toHaveBeenCalled();

    observers[0]([{ contentRect: { width: 752 } }]);
    observers[0]([{ contentRect: { width: 752.4 } }]);
    expect(resizes).toHaveBeenCalledTimes(1);

    observers[0]([{ contentRect: { width: 900 } }]);
    expect(resizes).toHaveBeenCalledTimes(2);
    window.removeEventListener('resize', resizes);
  });
});
