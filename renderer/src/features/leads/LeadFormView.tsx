import {
  Fragment,
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { Alert, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FormModel } from '@shared/forms/form-model';
import type { LeadFields } from '@shared/forms/lead-form';
import type { FormValue, FormValues } from '@shared/forms/types';
import type { Lead } from '@shared/model/lead';
import type { DuplicateIndex, DuplicateMatch } from '@shared/rules/duplicates';
import { fieldLabel } from '../../ui/form/field-text';
import { FormErrors } from '../../ui/form/FormErrors';
import { SchemaField } from '../../ui/form/SchemaField';
import type { FieldLayout } from '../../ui/form/SchemaFields';
import { focusField, useSchemaForm } from '../../ui/form/use-schema-form';
import { DuplicateWarning } from './DuplicateWarning';
import { findDuplicatesForForm, probeOf } from './duplicate-probe';

export interface LeadFormViewProps {
  /** The lead form model (leadFormModel): schema fields plus the admin's custom fields for leads. */
  model: FormModel<Lead>;
  /** The lead being edited. */
  initial?: Partial<Lead>;
  duplicates: DuplicateIndex;
  /** Changes when the duplicate index changes, so the warning is recomputed. */
  duplicatesVersion: number;
  /** The lead being edited: it is not its own duplicate. */
  selfId?: string;
  /** Resolves once the lead is durably stored; a rejection puts the card back in the form. */
  onSave: (value: LeadFields) => Promise<void>;
  /** Quick entry: clear and refocus the first field at once, for the next card. */
  clearOnSave: boolean;
  submitLabel: string;
  actions?: ReactNode;
  autoFocus?: boolean;
}

/** What the schema cannot say about the card's inputs: widths and hints. Other fields need no entry. */
const WIDE = 2;
const PLACEHOLDERS = new Set(['phones', 'emails', 'country', 'tags']);
const SPANS: Record<string, number> = { productsOfInterest: WIDE, address: WIDE, tags: WIDE };
/** The fields the duplicate check looks at. */
const PROBE_FIELDS = new Set(['name', 'company', 'emails', 'phones', 'country']);
const PROBE_DELAY_MS = 120;
/** Which field a duplicate's reason points at: the warning is shown next to it. */
const REASON_FIELD = { email: 'emails', phone: 'phones', companyAndName: 'company' } as const;

/**
 * The card form, shared by quick entry and edit, drawn from the lead form model: a field added to the lead
 * schema or defined by an admin appears here with its label and error messages. Enter saves from any field;
 * the duplicate check reads the card after a short pause in typing.
 */
export const LeadFormView = memo(function LeadFormView({
  model,
  initial,
  duplicates,
  duplicatesVersion,
  selfId,
  onSave,
  clearOnSave,
  submitLabel,
  actions,
  autoFocus,
}: LeadFormViewProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const startValues = useMemo(() => (initial ? model.toForm(initial) : model.empty()), [model, initial]);
  const form = useSchemaForm(model, startValues);
  const { getValues, setValue: setFormValue, reset, validate } = form;
  const [saveError, setSaveError] = useState('');
  const [lastSaved, setLastSaved] = useState('');
  const [savedMatches, setSavedMatches] = useState<DuplicateMatch[]>([]);
  const [probe, setProbe] = useState(() => probeOf(startValues));
  const probeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(probeTimer.current), []);

  const matches = useMemo(
    () => findDuplicatesForForm(duplicates, probe, selfId),
    // duplicatesVersion: the index is mutable; the version says it changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [duplicates, duplicatesVersion, probe, selfId],
  );
  // The warning goes right after the first field (in form order) that matched.
  const warnAfter = useMemo(() => {
    const fields = new Set<string>(matches.flatMap((m) => m.reasons.map((r) => REASON_FIELD[r])));
    return model.fields.find((f) => fields.has(f.name))?.name;
  }, [matches, model]);

  const layout = useMemo(() => {
    const out: Record<string, FieldLayout> = {};
    for (const f of model.fields)
      out[f.name] = {
        span: SPANS[f.name],
        placeholder: PLACEHOLDERS.has(f.name) ? t(`lead.placeholders.${f.name}`) : undefined,
        optionLabel: f.name === 'interest' ? (v: string) => t(`lead.interest.${v}`) : undefined,
        autoFocus: autoFocus && f.name === 'name',
      };
    return out;
  }, [model, t, autoFocus]);

  const setValue = useCallback(
    (name: string, value: FormValue) => {
      setFormValue(name, value);
      if (PROBE_FIELDS.has(name)) {
        clearTimeout(probeTimer.current);
        probeTimer.current = setTimeout(() => setProbe(probeOf(getValues())), PROBE_DELAY_MS);
      }
    },
    [setFormValue, getValues],
  );

  const startOver = (values: FormValues) => {
    clearTimeout(probeTimer.current);
    reset(values);
    setProbe(probeOf(values));
  };

  const submit = () => {
    clearTimeout(probeTimer.current);
    const values = getValues();
    const parsed = validate(initial);
    if (!parsed.ok) {
      setLastSaved('');
      setProbe(probeOf(values));
      focusField(formRef.current, parsed.errors[0]!.field);
      return;
    }
    setSaveError('');
    if (clearOnSave) {
      // The next card can be typed while this one is written; a failed write puts it back. A duplicate warning
      // stays with the saved card's name, so the rep still sees it after Enter.
      setSavedMatches(findDuplicatesForForm(duplicates, probeOf(values), selfId));
      startOver(model.empty());
      focusField(formRef.current, 'name');
    }
    const name = String(parsed.value.name ?? '');
    onSave(parsed.value).then(
      () => setLastSaved(name),
      (err: unknown) => {
        startOver(values);
        setLastSaved('');
        setSavedMatches([]);
        setSaveError(
          t('lead.errors.saveFailed', { message: err instanceof Error ? err.message : String(err) }),
        );
      },
    );
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    submit();
  };

  // Enter saves from any field; in notes Shift+Enter (or Ctrl+Enter) adds a line. Never during IME composition.
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Escape' && clearOnSave && !e.nativeEvent.isComposing) {
      // Esc starts this card over: empty form, no errors, cursor in the first field.
      e.preventDefault();
      startOver(model.empty());
      setSaveError('');
      focusField(formRef.current, 'name');
      return;
    }
    if (e.key !== 'Enter' || e.nativeEvent.isComposing || e.keyCode === 229) return;
    // An input that took the Enter for itself (a tag being added, an option picked) keeps it.
    if (e.defaultPrevented) return;
    const el = e.target as HTMLElement;
    if (el.tagName === 'BUTTON' || el.tagName === 'A') return;
    if (el.tagName === 'TEXTAREA' && (e.shiftKey || e.ctrlKey || e.metaKey)) {
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        insertNewline(el as HTMLTextAreaElement);
      }
      return;
    }
    e.preventDefault();
    submit();
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate aria-label={submitLabel}>
      <Stack gap="sm">
        <FormErrors title={t('lead.errors.notSaved')} messages={form.messages} />
        {saveError && (
          <Alert color="red" variant="light" role="alert">
            {saveError}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" verticalSpacing="xs">
          {model.fields.map((f) => (
            <Fragment key={f.name}>
              <SchemaField
                field={f}
                value={form.values[f.name] ?? ''}
                onChange={setValue}
                label={fieldLabel(t, f)}
                error={form.errorText[f.name]}
                {...layout[f.name]}
              />
              {f.name === warnAfter && (
                <div style={{ gridColumn: '1 / -1' }}>
                  <DuplicateWarning matches={matches} />
                </div>
              )}
            </Fragment>
          ))}
        </SimpleGrid>
        {lastSaved && clearOnSave && savedMatches.length > 0 && (
          <DuplicateWarning matches={savedMatches} saved={lastSaved} />
        )}
        <Group justify="space-between" wrap="wrap">
          <Text size="xs" c="dimmed">
            {t('lead.entry.keyHint')}
          </Text>
          <Group gap="sm">
            {lastSaved && clearOnSave && (
              <Text size="sm" c="teal" aria-live="polite" data-testid="last-saved">
                {t('lead.entry.saved', { name: lastSaved })}
              </Text>
            )}
            {actions}
            <Button type="submit">{submitLabel}</Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
});

function insertNewline(el: HTMLTextAreaElement) {
  const { selectionStart: s, selectionEnd: e } = el;
  el.setRangeText('\n', s, e, 'end');
  el.dispatchEvent(new Event('input', { bubbles: true }));
}
