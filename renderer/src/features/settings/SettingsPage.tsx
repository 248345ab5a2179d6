import { useEffect, useState } from 'react';
import { Alert, Button, Checkbox, Group, Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { notifications as toast } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { DocValidationError, type ValidationIssue } from '@shared/model/validate';
import { reminderKinds, type ReminderKind } from '@shared/reminders/reminder';
import { useDatabase } from '../../data/db-context';
import { useSession } from '../../data/session';
import { effectiveCompany } from '@shared/model/config-defaults';
import { useLiveDocs } from '../../data/use-live-docs';
import { formFromPrefs, prefsFromForm, type PrefsForm } from './prefs-form';
import { readReminderPrefs, saveReminderPrefs, userPrefsId } from './reminder-prefs';
import { TokenProtectionNotice } from './TokenProtectionNotice';

/** The signed-in user's own settings: which reminders to receive, when, and quiet hours. */
export function SettingsPage() {
  const { t } = useTranslation('userSettings');
  const { t: tr } = useTranslation('reminders');
  const db = useDatabase();
  const session = useSession();
  const settings = useLiveDocs(db, 'settings');
  const prefsDoc = settings?.find((s) => s.id === userPrefsId(session.userId));
  const company = effectiveCompany(settings ?? []);
  const [form, setForm] = useState<PrefsForm | null>(null);
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  const [saving, setSaving] = useState(false);

  // Filled once the stored preferences are known; later syncs do not overwrite what is being typed.
  useEffect(() => {
    if (settings && !form) setForm(formFromPrefs(readReminderPrefs(prefsDoc)));
  }, [settings, prefsDoc, form]);
  if (!form) return null;

  const set = (patch: Partial<PrefsForm>) => setForm({ ...form, ...patch });
  const issueAt = (field: string) =>
    issues.find((i) => i.field === field || i.field.startsWith(`${field}.`))?.message;
  const save = async () => {
    setSaving(true);
    try {
      await saveReminderPrefs(db, session, prefsFromForm(form, readReminderPrefs(prefsDoc)));
      setIssues([]);
      toast.show({ color: 'green', message: t('saved') });
    } catch (e) {
      if (e instanceof DocValidationError) setIssues(e.issues);
      else setIssues([{ field: '', message: e instanceof Error ? e.message : String(e) }]);
    } finally {
      setSaving(false);
    }
  };
  const fieldLabel = (field: string) => {
    const root = field.split('.')[0] ?? '';
    return root in (t('fields', { returnObjects: true }) as object) ? t(`fields.${root}`) : field;
  };

  return (
    <Stack maw={640} gap="md" data-testid="settings-page">
      <Title order={2}>{t('title')}</Title>
      <TokenProtectionNotice />
      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <div>
            <Title order={4}>{t('remindersTitle')}</Title>
            <Text size="sm" c="dimmed">
              {t('remindersIntro')}
            </Text>
          </div>
          <Checkbox.Group
            label={t('kinds')}
            value={form.kinds}
            onChange={(v) => set({ kinds: v as ReminderKind[] })}
            error={issueAt('kinds')}
          >
            <Stack gap={6} mt={6}>
              {reminderKinds.map((k) => (
                <Checkbox key={k} value={k} label={tr(`kind.${k}`)} data-testid={`kind-${k}`} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Group grow align="flex-start">
            <TextInput
              label={t('closeDays')}
              description={t('closeDaysHint', { days: company.closeReminderDays })}
              inputMode="numeric"
              placeholder={String(company.closeReminderDays)}
              value={form.closeReminderDays}
              onChange={(e) => set({ closeReminderDays: e.currentTarget.value })}
              error={issueAt('closeReminderDays')}
              name="closeReminderDays"
            />
            <TextInput
              type="time"
              label={t('reminderTime')}
              value={form.reminderTime}
              onChange={(e) => set({ reminderTime: e.currentTarget.value })}
              error={issueAt('reminderTime')}
              name="reminderTime"
            />
          </Group>
          <Switch
            label={t('quietEnabled')}
            description={t('quietHint')}
            checked={form.quietEnabled}
            onChange={(e) => set({ quietEnabled: e.currentTarget.checked })}
            name="quietEnabled"
          />
          {form.quietEnabled && (
            <Group grow>
              <TextInput
                type="time"
                label={t('quietStart')}
                value={form.quietStart}
                onChange={(e) => set({ quietStart: e.currentTarget.value })}
                error={issueAt('quietHours.start')}
                name="quietStart"
              />
              <TextInput
                type="time"
                label={t('quietEnd')}
                value={form.quietEnd}
                onChange={(e) => set({ quietEnd: e.currentTarget.value })}
                error={issueAt('quietHours.end')}
                name="quietEnd"
              />
            </Group>
          )}
          {issues.length > 0 && (
            <Alert color="red" data-testid="settings-error">
              {issues.map((i) => (
                <div key={i.field + i.message}>
                  {t('invalid', { field: fieldLabel(i.field), message: i.message })}
                </div>
              ))}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button onClick={() => void save()} loading={saving} data-testid="settings-save">
              {t('save')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
