import { useEffect, useState } from 'react';
import {
  Badge,
  Button,
  Divider,
  Drawer,
  Group,
  Rating,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Sample, SampleStatus } from '@shared/model/sample';
import { sampleCost } from '@shared/samples/cost';
import { nextStatus, transition, type TransitionInput } from '@shared/samples/status';
import { useDatabase } from '../../data/db-context';
import { formatMoney, localDay } from '../../ui/format';
import { useSession } from '../../data/session';
import { insertDoc, updateDoc } from '../../db/write';
import { AttachmentsPanel } from '../attachments';
import { formErrors } from './form-errors';
import {
  emptyForm,
  fieldsOf,
  formOf,
  withDateDefaults,
  type FormIssue,
  type SampleForm,
} from './sample-form';
import { SampleLinesInput } from './SampleLinesInput';
import type { SampleRefs } from './use-samples';

const CURRENCIES = ['CNY', 'USD', 'EUR', 'GBP', 'JPY', 'HKD'];

/** Which dates and fields matter from which status on: later sections appear as the shipment moves along. */
const from = (status: SampleStatus, step: SampleStatus) =>
  ['requested', 'preparing', 'shipped', 'delivered', 'feedback'].indexOf(status) >=
  ['requested', 'preparing', 'shipped', 'delivered', 'feedback'].indexOf(step);

export interface SampleEditorProps {
  /** The sample to edit; null for a new one. */
  sample: Sample | null;
  opened: boolean;
  onClose: () => void;
  refs: Pick<SampleRefs, 'accounts' | 'opportunities'>;
  /** A new sample is saved: the editor stays open on it (so photos can be added). */
  onCreated?: (sample: Sample) => void;
  onStored?: (sha256: string) => void;
  ensureLocal?: (sha256: string) => Promise<unknown>;
}

/** The sample shipment form: products, courier and tracking, dates, feedback, photos, and the next status action. */
export function SampleEditor({
  sample,
  opened,
  onClose,
  refs,
  onCreated,
  onStored,
  ensureLocal,
}: SampleEditorProps) {
  const { t, i18n } = useTranslation('samples');
  const db = useDatabase();
  const session = useSession();
  const initialForm = () =>
    sample ? withDateDefaults(formOf(sample), sample.status, localDay(new Date())) : emptyForm();
  const [form, setForm] = useState<SampleForm>(initialForm);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const status: SampleStatus = sample?.status ?? 'requested';
  const next = nextStatus(status);

  // A different sample (or a remote edit of this one) resets the form to what is stored.
  useEffect(() => {
    setForm(initialForm());
    setErrors({});
  }, [sample?.id, sample?.updatedAt]); // eslint-disable-line react-hooks/exhaustive-deps

  const set = <K extends keyof SampleForm>(key: K, value: SampleForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const showIssues = (issues: FormIssue[]) => setErrors(formErrors(t, issues));

  async function save(): Promise<Sample | null> {
    const checked = fieldsOf(form, status);
    if (!checked.ok) {
      showIssues(checked.issues);
      return null;
    }
    setSaving(true);
    try {
      const saved = sample
        ? await updateDoc(db, 'samples', sample.id, checked.fields, session)
        : await insertDoc(db, 'samples', { ...checked.fields, status: 'requested' }, session);
      setErrors({});
      notifications.show({ message: t('actions.saved') });
      if (!sample) onCreated?.(saved);
      return saved;
    } catch (err) {
      notifications.show({ color: 'red', message: err instanceof Error ? err.message : String(err) });
      return null;
    } finally {
      setSaving(false);
    }
  }

  async function advance() {
    if (!sample || !next) return;
    const checked = fieldsOf(form, 'requested'); // the lines must be right; the target status is checked below
    if (!checked.ok) return showIssues(checked.issues);
    // The form is what the user sees, so it alone must satisfy the next status.
    const r = transition({ status: sample.status }, next, checked.fields as TransitionInput);
    if (!r.ok) return showIssues(r.issues.map((i) => ({ field: i.field, code: i.code })));
    const saved = await updateDoc(db, 'samples', sample.id, { ...checked.fields, ...r.patch }, session);
    setForm(withDateDefaults(formOf(saved), saved.status, localDay(new Date())));
    setErrors({});
    notifications.show({ message: t('moved', { status: t(`status.${next}`) }) });
  }

  const lines = fieldsOf(form, 'requested');
  const cost = lines.ok ? sampleCost(lines.fields.lines) : null;
  const opportunities = refs.opportunities.filter(
    (o) => !form.accountId || o.accountId === form.accountId || o.value === form.opportunityId,
  );

  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="xl"
      title={sample ? t('edit') : t('new')}
    >
      <Stack gap="sm" data-testid="sample-editor">
        {sample && (
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t('fields.status')}
            </Text>
            <Badge data-testid="sample-status">{t(`status.${status}`)}</Badge>
          </Group>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('fields.account')}
            data={[{ value: '', label: t('fields.none') }, ...refs.accounts]}
            value={form.accountId}
            searchable
            onChange={(v) => set('accountId', v ?? '')}
          />
          <Select
            label={t('fields.opportunity')}
            data={[
              { value: '', label: t('fields.none') },
              ...opportunities.map(({ value, label }) => ({ value, label })),
            ]}
            value={form.opportunityId}
            searchable
            onChange={(v) => {
              const opp = refs.opportunities.find((o) => o.value === v);
              setForm((f) => ({
                ...f,
                opportunityId: v ?? '',
                accountId: f.accountId || opp?.accountId || '',
              }));
            }}
          />
          <Select
            label={t('fields.currency')}
            data={CURRENCIES}
            value={form.currency}
            allowDeselect={false}
            onChange={(v) => set('currency', v ?? 'CNY')}
          />
        </SimpleGrid>
        <SampleLinesInput lines={form.lines} onChange={(l) => set('lines', l)} errors={errors} />
        {cost && (
          <Text size="sm" c="dimmed" data-testid="sample-cost">
            {t('fields.cost')}: {formatMoney(cost.cost, form.currency, i18n.language)}
          </Text>
        )}
        <Divider />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('fields.courier')}
            name="courier"
            value={form.courier}
            error={errors.courier}
            onChange={(e) => set('courier', e.currentTarget.value)}
          />
          <TextInput
            label={t('fields.trackingNumber')}
            name="trackingNumber"
            value={form.trackingNumber}
            error={errors.trackingNumber}
            onChange={(e) => set('trackingNumber', e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('fields.shipDate')}
            name="shipDate"
            value={form.shipDate}
            error={errors.shipDate}
            onChange={(e) => set('shipDate', e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('fields.expectedArrival')}
            name="expectedArrival"
            value={form.expectedArrival}
            onChange={(e) => set('expectedArrival', e.currentTarget.value)}
          />
          {from(status, 'shipped') && (
            <TextInput
              type="date"
              label={t('fields.receivedDate')}
              name="receivedDate"
              value={form.receivedDate}
              error={errors.receivedDate}
              onChange={(e) => set('receivedDate', e.currentTarget.value)}
            />
          )}
          <TextInput
            type="date"
            label={t('fields.followUpDate')}
            description={t('fields.followUpHint')}
            name="followUpDate"
            value={form.followUpDate}
            onChange={(e) => set('followUpDate', e.currentTarget.value)}
          />
        </SimpleGrid>
        {from(status, 'delivered') && (
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              {t('fields.feedbackRating')}
            </Text>
            <Rating
              value={form.feedbackRating}
              onChange={(v) => set('feedbackRating', v)}
              aria-label={t('fields.feedbackRating')}
            />
            {errors.feedbackRating && (
              <Text size="xs" c="red">
                {errors.feedbackRating}
              </Text>
            )}
            <Textarea
              label={t('fields.feedbackText')}
              name="feedbackText"
              autosize
              minRows={2}
              value={form.feedbackText}
              error={errors.feedbackText}
              onChange={(e) => set('feedbackText', e.currentTarget.value)}
            />
          </Stack>
        )}
        <Textarea
          label={t('fields.notes')}
          name="notes"
          autosize
          minRows={2}
          value={form.notes}
          onChange={(e) => set('notes', e.currentTarget.value)}
        />
        <Group justify="space-between">
          <Button variant="default" onClick={onClose}>
            {t('actions.close')}
          </Button>
          <Group gap="xs">
            <Button
              variant={sample && next ? 'default' : 'filled'}
              loading={saving}
              onClick={() => void save()}
            >
              {t('actions.save')}
            </Button>
            {sample && next && <Button onClick={() => void advance()}>{t(`actions.${next}`)}</Button>}
          </Group>
        </Group>
        <Divider label={t('fields.photos')} labelPosition="left" />
        {sample ? (
          <AttachmentsPanel
            subjectType="sample"
            subjectId={sample.id}
            accountId={sample.accountId}
            onStored={onStored}
            ensureLocal={ensureLocal}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t('fields.photosAfterSave')}
          </Text>
        )}
      </Stack>
    </Drawer>
  );
}
