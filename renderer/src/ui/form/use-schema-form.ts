import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormModel } from '@shared/forms/form-model';
import type { FieldError, FormValue, FormValues, ParseResult } from '@shared/forms/types';
import { fieldErrorText } from './field-text';

export interface SchemaForm<T extends Record<string, unknown>> {
  model: FormModel<T>;
  values: FormValues;
  /** The latest values, also between a change and its render (for key handlers and timers). */
  getValues: () => FormValues;
  /** Stable: safe to pass to memoised fields. Editing a field clears its error. */
  setValue: (name: string, value: FormValue) => void;
  errors: readonly FieldError[];
  /** The first error of each field as a sentence, for the inputs' error slots. */
  errorText: Readonly<Record<string, string>>;
  /** Every error as a sentence, in form order. */
  messages: readonly string[];
  /** Parses the current values; on errors shows them and returns them (the first is the field to focus). */
  validate: (previous?: Partial<T>) => ParseResult<Partial<T>>;
  reset: (values?: FormValues) => void;
  setErrors: (errors: FieldError[]) => void;
}

/** The one form hook: values as typed, parsed and checked by the record type's form model on save. */
export function useSchemaForm<T extends Record<string, unknown>>(
  model: FormModel<T>,
  initial?: FormValues,
): SchemaForm<T> {
  const { t } = useTranslation();
  const [values, setValues] = useState<FormValues>(() => initial ?? model.empty());
  const [errors, setErrors] = useState<FieldError[]>([]);
  const latest = useRef(values);

  const setAll = useCallback((next: FormValues) => {
    latest.current = next;
    setValues(next);
  }, []);
  const setValue = useCallback(
    (name: string, value: FormValue) => {
      setAll({ ...latest.current, [name]: value });
      setErrors((es) => (es.some((e) => e.field === name) ? es.filter((e) => e.field !== name) : es));
    },
    [setAll],
  );
  const getValues = useCallback(() => latest.current, []);
  const validate = useCallback(
    (previous?: Partial<T>) => {
      const r = model.parse(latest.current, previous);
      setErrors(r.ok ? [] : r.errors);
      return r;
    },
    [model],
  );
  const reset = useCallback(
    (next?: FormValues) => {
      setAll(next ?? model.empty());
      setErrors([]);
    },
    [model, setAll],
  );

  const messages = useMemo(() => errors.map((e) => fieldErrorText(t, model.fields, e)), [t, model, errors]);
  const errorText = useMemo(() => {
    const out: Record<string, string> = {};
    errors.forEach((e, i) => (out[e.field] ??= messages[i]!));
    return out;
  }, [errors, messages]);

  return { model, values, getValues, setValue, errors, errorText, messages, validate, reset, setErrors };
}

/** Puts the cursor in a field of a form rendered with SchemaField (by its data-field wrapper or name). */
export function focusField(root: ParentNode | null | undefined, name: string): void {
  const sel = `[data-field="${name}"] :is(input:not([type=hidden]),textarea), [name="${name}"]:not([type=hidden])`;
  root?.querySelector<HTMLElement>(sel)?.focus();
}

/** The text of anything thrown by a write, for form.errors.saveFailed. */
export const errorMessage = (err: unknown): string => (err instanceof Error ? err.message : String(err));
