import { describe, expect, it } from 'vitest';
import { formatPhone } from './phone-format';

describe('formatPhone', () => {
  it('shows a stored number in its national format with the country', () => {
    expect(formatPhone('+498912345678')).toBe('089 12345678 (DE)');
    expect(formatPhone('+8657188886666')).toBe('0571 8888 6666 (CN)');
    expect(formatPhone('+12025550123')).toBe('(202) 555-0123 (US)');
  });

  it('leaves what is not a phone number as it is', () => {
    expect(formatPhone('not a phone')).toBe('not a phone');
  });
});
