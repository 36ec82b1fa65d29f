import { Page } from '@playwright/test';

/**
 * Axis labels of the charts (recharts) drawn partly outside their chart's
 * SVG, which cuts them: "00.000 %" for "100.000 %" when the axis is
 * narrower than its longest label. Returned as "chart label cut off: …".
 */
export async function chartLabelsCutOff(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(
      document.querySelectorAll<SVGTextElement>(
        '.recharts-cartesian-axis-tick-value',
      ),
    )
      .filter(label => {
        const chart = label.ownerSVGElement?.getBoundingClientRect();
        const box = label.getBoundingClientRect();
        return (
          chart !== undefined &&
          box.width > 0 &&
          (box.left < chart.left - 0.5 || box.right > chart.right + 0.5)
        );
      })
      .map(label => `chart label cut off: ${label.textContent}`),
  );
}
