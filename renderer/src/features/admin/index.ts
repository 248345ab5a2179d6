// The admin feature's public entry: the shell and other features import only what is exported here.
export { AdminPage } from './AdminPage';
export { CustomFieldInputs } from './CustomFieldInputs';
export { ExchangeRatesPage } from './ExchangeRatesPage';
export { compactValues, customFieldsFor, customValueIssues, type CustomValues } from './custom-values';
