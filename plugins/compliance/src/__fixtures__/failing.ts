import type { MyFailingControlsResponse } from '@localplus/plugin-compliance-common';

type Item = MyFailingControlsResponse['items'][number];

export function failingItem(index: number, extra: Partial<Item> = {}): Item {
  return {
    control: {
      id: `control-${index}`,
      title: `Control number ${index}`,
      requirements: ['soc2:CC6.1'],
    },
    entityRef: 'component:default/svc-loyalty',
    subject: `component:default/svc-loyalty`,
    status: 'not-satisfied',
    reason: `Reason ${index}`,
    evaluatedAt: `2026-05-${String(10 + (index % 10)).padStart(
      2,
      '0',
    )}T06:00:00.000Z`,
    ...extra,
  };
}
