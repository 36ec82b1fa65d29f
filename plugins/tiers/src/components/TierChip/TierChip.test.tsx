import { render, screen } from '@testing-library/react';
import { TierChip } from './TierChip';

describe('TierChip', () => {
  it('holds the tier and its name, whole on hover, never wider than its cell', () => {
    render(
      <div style={{ width: 60 }}>
        <TierChip level={{ id: 'T5', name: 'Documentation' }} size="small" />
      </div>,
    );
    const chip = screen.getByTitle('T5 · Documentation');
    expect(chip).toHaveClass('MuiChip-root');
    expect(chip).toHaveTextContent('T5 · Documentation');
    expect(chip.style.maxWidth).toBe('100%');
  });

  it('puts the name where a narrow badge can drop it whole, leaving the id', () => {
    render(<TierChip level={{ id: 'T3', name: 'Domain' }} size="small" />);
    const id = screen.getByText('T3');
    const name = screen.getByText(/· Domain$/);
    // Two unbreakable parts in a one-line box that wraps: the name goes to
    // the hidden second line instead of ending in an ellipsis after the id.
    expect(id.parentElement).toBe(name.parentElement);
    const box = getComputedStyle(id.parentElement!);
    expect(box.flexWrap).toBe('wrap');
    expect(box.overflow).toBe('hidden');
    expect(box.height).toBe('1.5em');
    expect(getComputedStyle(name).whiteSpace).toBe('nowrap');
  });
});
