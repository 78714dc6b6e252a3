import { describe, expect, it } from 'vitest';
import { brnCheckDigit, brnDigits, formatBrn, isValidBrn, withCheckDigit } from './brn.ts';

describe('business registration number', () => {
  it('accepts numbers whose check digit is right', () => {
    // 124-81-00998 is a published number (삼성전자); the other is built with its check digit.
    expect(isValidBrn('1248100998')).toBe(true);
    expect(isValidBrn(withCheckDigit('220810562'))).toBe(true);
  });

  it('refuses a wrong check digit, whatever digit it is', () => {
    const good = withCheckDigit('123456789');
    for (let d = 0; d <= 9; d++) {
      const candidate = good.slice(0, 9) + String(d);
      expect(isValidBrn(candidate)).toBe(candidate === good);
    }
  });

  it('computes the carry of the ninth digit', () => {
    // ninth digit 9: 9*5 = 45, carry 4 is added to the sum.
    expect(brnCheckDigit('000000009')).toBe((10 - ((9 * 5 + 4) % 10)) % 10);
  });

  it('reads dashed and spaced input and formats it back', () => {
    expect(brnDigits('124-81-00998')).toBe('1248100998');
    expect(brnDigits(' 124 81 00998 ')).toBe('1248100998');
    expect(brnDigits('124-81-0099')).toBeUndefined();
    expect(brnDigits('12a-81-00998')).toBeUndefined();
    expect(formatBrn('1248100998')).toBe('124-81-00998');
  });
});
