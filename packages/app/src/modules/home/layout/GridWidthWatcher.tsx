import { ReactNode, useEffect, useRef } from 'react';

/**
 * The home grid (react-grid-layout's WidthProvider) measures its width on
 * mount and again only on window resizes. The page content settles after
 * mount (the sidebar collapses or expands, a scrollbar appears), so at some
 * widths the grid kept a stale width and left a blank band. This wrapper
 * watches its own width and tells the grid, through the window resize event
 * it listens to, whenever that width changes.
 */
export function GridWidthWatcher(props: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') {
      return undefined;
    }
    let lastWidth = element.getBoundingClientRect().width;
    const observer = new ResizeObserver(entries => {
      const width = entries[0]?.contentRect.width ?? lastWidth;
      if (Math.abs(width - lastWidth) >= 1) {
        lastWidth = width;
        window.dispatchEvent(new Event('resize'));
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return <div ref={ref}>{props.children}</div>;
}
