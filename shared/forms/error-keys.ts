/**
 * The i18n keys of form errors (renderer/src/i18n: `form.errors.*`). Each message takes `{{field}}` (the
 * label) and the parameters named here.
 */
export const formErrorKeys = {
  required: 'form.errors.required',
  /** {max} */
  tooLong: 'form.errors.tooLong',
  /** {min} */
  tooShort: 'form.errors.tooShort',
  /** {max} */
  tooMany: 'form.errors.tooMany',
  /** {min} */
  tooSmall: 'form.errors.tooSmall',
  /** {max} */
  tooLarge: 'form.errors.tooLarge',
  number: 'form.errors.number',
  /** {value} */
  invalidEmail: 'form.errors.invalidEmail',
  /** {value} */
  invalidPhone: 'form.errors.invalidPhone',
  /** {value} */
  invalidCountry: 'form.errors.invalidCountry',
  /** {value} */
  invalidCurrency: 'form.errors.invalidCurrency',
  /** {value} */
  invalidFormat: 'form.errors.invalidFormat',
  /** {value} */
  invalidOption: 'form.errors.invalidOption',
  invalidDate: 'form.errors.invalidDate',
  badText: 'form.errors.badText',
  dateOrder: 'form.errors.dateOrder',
  invalid: 'form.errors.invalid',
  /** {message}: a write refused after the form was valid (shown on the first field). */
  saveFailed: 'form.errors.saveFailed',
} as const;
export type FormErrorKey = (typeof formErrorKeys)[keyof typeof formErrorKeys];
