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
import {
  Alert,
  Button,
  Group,
  Input,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { InterestLevel } from '@shared/model/lead';
import type { DuplicateIndex, DuplicateMatch } from '@shared/rules/duplicates';
import {
  emptyLeadForm,
  parseLeadForm,
  type FieldError,
  type LeadFields,
  type LeadForm,
  type LeadFormField,
} from '@shared/rules/lead-input';
import { DuplicateWarning } from './DuplicateWarning';
import { findDuplicatesForForm } from './duplicate-probe';
import { errorsByField, fieldErrorMessage, FORM_ORDER, inFormOrder } from './field-errors';

export interface LeadFormViewProps {
  initial?: LeadForm;
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

type TextField = Exclude<LeadFormField, 'interest'>;
const TEXT_FIELDS: { field: Exclude<TextField, 'notes'>; span?: number; placeholder?: boolean }[] = [
  { field: 'name' },
  { field: 'company' },
  { field: 'title' },
  { field: 'phones', placeholder: true },
  { field: 'emails', placeholder: true },
  { field: 'country', placeholder: true },
  { field: 'city' },
  // the interest level comes here, right after the city (see INTEREST_AFTER)
  { field: 'website' },
  { field: 'wechat' },
  { field: 'whatsapp' },
  { field: 'skype' },
  { field: 'productsOfInterest', span: 2 },
  { field: 'address', span: 2 },
];
const ALL_TEXT_FIELDS: TextField[] = [...TEXT_FIELDS.map((f) => f.field), 'notes'];
/** The fields the duplicate check looks at. */
const PROBE_FIELDS = new Set(['name', 'company', 'emails', 'phones', 'country']);
const PROBE_DELAY_MS = 120;
/** The interest level sits right after the city: one Tab away, where the rep's eye is after the address. */
const INTEREST_AFTER = 'city';
/** Which field a duplicate's reason points at: the warning is shown next to it. */
const REASON_FIELD = { email: 'emails', phone: 'phones', companyAndName: 'company' } as const;

/**
 * The card form, shared by quick entry and edit. Text inputs are uncontrolled: a keystroke costs the browser
 * only, no React render. Values are read from the form on Enter; the duplicate check reads them after a short
 * pause in typing.
 */
export const LeadFormView = memo(function LeadFormView({
  initial = emptyLeadForm,
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
  const [interest, setInterest] = useState<InterestLevel>(initial.interest);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saveError, setSaveError] = useState('');
  const [lastSaved, setLastSaved] = useState('');
  const [savedMatches, setSavedMatches] = useState<DuplicateMatch[]>([]);
  const [probe, setProbe] = useState(() => probeOf(initial));
  const probeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(probeTimer.current), []);

  const matches = useMemo(
    () => findDuplicatesForForm(duplicates, probe, selfId),
    // duplicatesVersion: the index is mutable; the version says it changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [duplicates, duplicatesVersion, probe, selfId],
  );
  const fieldErrors = useMemo(() => errorsByField(t, errors), [t, errors]);
  // The warning goes right after the first field (in form order) that matched.
  const warnAfter = useMemo(() => {
    const fields = new Set<string>(matches.flatMap((m) => m.reasons.map((r) => REASON_FIELD[r])));
    return FORM_ORDER.find((f) => fields.has(f));
  }, [matches]);

  const read = useCallback((): LeadForm => {
    const el = formRef.current!;
    const out = { ...emptyLeadForm, interest };
    for (const f of ALL_TEXT_FIELDS)
      out[f] = (el.elements.namedItem(f) as HTMLInputElement | null)?.value ?? '';
    return out;
  }, [interest]);

  const write = (form: LeadForm) => {
    const el = formRef.current!;
    for (const f of ALL_TEXT_FIELDS) {
      const input = el.elements.namedItem(f) as HTMLInputElement | null;
      if (input) input.value = form[f];
    }
    setInterest(form.interest);
  };

  const focusField = (field: string) =>
    formRef.current?.querySelector<HTMLElement>(`[name="${field}"]`)?.focus();

  const submit = () => {
    clearTimeout(probeTimer.current);
    const form = read();
    const parsed = parseLeadForm(form);
    if (!parsed.ok) {
      const ordered = inFormOrder(parsed.errors);
      setErrors(ordered);
      setLastSaved('');
      setProbe(probeOf(form));
      focusField(ordered[0]!.field);
      return;
    }
    setErrors([]);
    setSaveError('');
    if (clearOnSave) {
      // The next card can be typed while this one is written; a failed write puts it back. A duplicate warning
      // stays with the saved card's name, so the rep still sees it after Enter.
      setSavedMatches(findDuplicatesForForm(duplicates, probeOf(form), selfId));
      write(emptyLeadForm);
      setProbe(probeOf(emptyLeadForm));
      focusField('name');
    }
    onSave(parsed.value).then(
      () => setLastSaved(parsed.value.name),
      (err: unknown) => {
        write(form);
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
      clearTimeout(probeTimer.current);
      write(emptyLeadForm);
      setErrors([]);
      setSaveError('');
      setProbe(probeOf(emptyLeadForm));
      focusField('name');
      return;
    }
    if (e.key !== 'Enter' || e.nativeEvent.isComposing || e.keyCode === 229) return;
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

  const onInput = (e: FormEvent<HTMLFormElement>) => {
    const name = (e.target as HTMLInputElement).name;
    if (errors.some((x) => x.field === name)) setErrors((es) => es.filter((x) => x.field !== name));
    if (PROBE_FIELDS.has(name)) {
      clearTimeout(probeTimer.current);
      probeTimer.current = setTimeout(() => formRef.current && setProbe(probeOf(read())), PROBE_DELAY_MS);
    }
  };

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      onInput={onInput}
      noValidate
      aria-label={submitLabel}
    >
      <Stack gap="sm">
        {errors.length > 0 && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertCircle size={18} />}
            title={t('lead.errors.notSaved')}
            data-testid="form-errors"
          >
            {errors.map((e, i) => (
              <Text key={i} size="sm">
                {fieldErrorMessage(t, e)}
              </Text>
            ))}
          </Alert>
        )}
        {saveError && (
          <Alert color="red" variant="light" role="alert">
            {saveError}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" verticalSpacing="xs">
          {TEXT_FIELDS.map(({ field, span, placeholder }) => (
            <Fragment key={field}>
              <LeadTextField
                field={field}
                label={t(`lead.fields.${field}`)}
                placeholder={placeholder ? t(`lead.placeholders.${field}`) : undefined}
                defaultValue={initial[field]}
                error={fieldErrors[field]}
                autoFocus={autoFocus && field === 'name'}
                span={span}
              />
              {field === warnAfter && (
                <div style={{ gridColumn: '1 / -1' }}>
                  <DuplicateWarning matches={matches} />
                </div>
              )}
              {field === INTEREST_AFTER && (
                <InterestField label={t('lead.fields.interest')} value={interest} onChange={setInterest} />
              )}
            </Fragment>
          ))}
        </SimpleGrid>
        <Textarea
          name="notes"
          label={t('lead.fields.notes')}
          defaultValue={initial.notes}
          error={fieldErrors.notes}
          autosize
          minRows={2}
          maxRows={6}
        />
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

function probeOf(f: LeadForm) {
  return { name: f.name, company: f.company, emails: f.emails, phones: f.phones, country: f.country };
}

interface LeadTextFieldProps {
  field: LeadFormField;
  label: string;
  placeholder?: string;
  defaultValue: string;
  error?: string;
  autoFocus?: boolean;
  span?: number;
}

const LeadTextField = memo(function LeadTextField({
  field,
  label,
  placeholder,
  defaultValue,
  error,
  autoFocus,
  span,
}: LeadTextFieldProps) {
  return (
    <TextInput
      name={field}
      label={label}
      withAsterisk={field === 'name'}
      placeholder={placeholder}
      defaultValue={defaultValue}
      error={error}
      autoFocus={autoFocus}
      autoComplete="off"
      style={span ? { gridColumn: `span ${span}` } : undefined}
    />
  );
});

const INTEREST_LEVELS = ['hot', 'warm', 'cold'] as const;

const InterestField = memo(function InterestField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: InterestLevel;
  onChange: (v: InterestLevel) => void;
}) {
  const { t } = useTranslation();
  const data = useMemo(() => INTEREST_LEVELS.map((v) => ({ value: v, label: t(`lead.interest.${v}`) })), [t]);
  return (
    <Input.Wrapper label={label}>
      <div>
        <SegmentedControl
          name="interest"
          value={value}
          onChange={(v) => onChange(v as InterestLevel)}
          data={data}
        />
      </div>
    </Input.Wrapper>
  );
});

function insertNewline(el: HTMLTextAreaElement) {
  const { selectionStart: s, selectionEnd: e } = el;
  el.setRangeText('\n', s, e, 'end');
  el.dispatchEvent(new Event('input', { bubbles: true }));
}
