import { describe, expect, it } from 'vitest';
import type { CustomField } from '@shared/model/settings';
import { compactValues, customValueIssues } from './custom-values';

const booth: CustomField = {
  entity: 'opportunity',
  key: 'boothNo',
  label: 'Booth No.',
  type: 'text',
  required: true,
  order: 0,
};
const size: CustomField = {
  entity: 'opportunity',
  key: 'size',
  label: 'Size',
  type: 'select',
  options: ['S', 'M'],
  required: false,
  order: 1,
};
const qty: CustomField = {
  entity: 'opportunity',
  key: 'qty',
  label: 'Qty',
  type: 'number',
  required: false,
  order: 2,
};

describe('custom values', () => {
  it('names the field that is missing or of the wrong kind', () => {
    expect(customValueIssues([booth, size, qty], {})).toEqual([
      { field: 'Booth No.', message: 'is required' },
    ]);
    expect(customValueIssues([booth, size, qty], { boothNo: '11.2 B07', size: 'XL', qty: 'many' })).toEqual([
      { field: 'Size', message: 'must be one of S, M' },
      { field: 'Qty', message: 'must be a number' },
    ]);
    expect(
      customValueIssues([booth, size, qty], { boothNo: '11.2 B07', size: 'M', qty: 3, retired: 'kept' }),
    ).toEqual([]);
  });

  it('drops empty values and returns undefined when nothing is left', () => {
    expect(compactValues({ a: '', b: 2, c: false })).toEqual({ b: 2, c: false });
    expect(compactValues({ a: '' })).toBeUndefined();
  });
});
