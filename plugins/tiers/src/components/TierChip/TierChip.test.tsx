import { render, screen } from '@testing-library/react';
import { TierChip } from './TierChip';

describe('TierChip', () => {
  it('shows the tier and its name, whole on hover, never wider than its cell', () => {
    render(
      <div style={{ width: 60 }}>
        <TierChip level={{ id: 'T5', name: 'Documentation' }} size="small" />
      </div>,
    );
    const label = screen.getByText('T5 · Documentation');
    const chip = label.closest('.MuiChip-root') as HTMLElement;
    expect(chip).toHaveAttribute('title', 'T5 · Documentation');
    expect(chip.style.maxWidth).toBe('100%');
    // The label itself cuts with an ellipsis (Material UI's rule for chips).
    expect(getComputedStyle(label).textOverflow).toBe('ellipsis');
  });
});
