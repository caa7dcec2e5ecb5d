import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { NumberField, parseNumberInput } from '../../../src/ui/number-field';

function Harness({ initial = 1_000 }: { initial?: number }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <NumberField
        label="Volume"
        unit="tokens/month"
        value={value}
        min={100}
        max={1e12}
        onCommit={setValue}
      />
      <output aria-label="stored">{value}</output>
    </>
  );
}

describe('parseNumberInput', () => {
  it.each([
    ['50000000', 50e6],
    ['50,000,000', 50e6],
    ['50 M', 50e6],
    ['2.5B', 2.5e9],
    ['1e9', 1e9],
    ['3k', 3000],
  ])('reads %s as %d', (text, value) => {
    expect(parseNumberInput(text)).toBe(value);
  });
  it.each(['', 'lots', '1..2', '5MB', 'Infinity'])('rejects %j', (text) => {
    expect(parseNumberInput(text)).toBeNull();
  });
});

describe('NumberField', () => {
  it('accepts the compact form the page itself shows', () => {
    render(<Harness />);
    const field = screen.getByRole('textbox', { name: /Volume/ });
    fireEvent.change(field, { target: { value: '50M' } });
    fireEvent.blur(field);
    expect(screen.getByLabelText('stored')).toHaveTextContent('50000000');
  });

  it('says when a value was clamped, and keeps saying it after the store echoes the clamped value', () => {
    render(<Harness />);
    const field = screen.getByRole('textbox', { name: /Volume/ });
    fireEvent.change(field, { target: { value: '-5' } });
    fireEvent.blur(field);
    expect(screen.getByLabelText('stored')).toHaveTextContent('100');
    expect(
      screen.getByText(/Kept within 100 and 1T tokens\/month/),
    ).toBeInTheDocument();
    expect(field).toHaveValue('100');
  });

  it('keeps the last good value on garbage, with a message', () => {
    render(<Harness />);
    const field = screen.getByRole('textbox', { name: /Volume/ });
    fireEvent.change(field, { target: { value: 'lots' } });
    fireEvent.blur(field);
    expect(screen.getByLabelText('stored')).toHaveTextContent('1000');
    expect(
      screen.getByText(/Enter a number between 100 and 1T/),
    ).toBeInTheDocument();
  });
});
