import { useState } from 'react';
import { Button, Group, SegmentedControl, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { RecordType } from '@shared/model/common';
import { useDatabase } from '../../data/db-context';
import { useSession } from '../../data/session';
import { insertDoc } from '../../db/write';

const KINDS = ['call', 'email', 'meeting', 'visit', 'note', 'task'] as const;
type ComposerKind = (typeof KINDS)[number];

export interface ActivitySubject {
  subjectType: RecordType;
  subjectId: string;
  /** The account the subject belongs to ('' for none), so the 360° timeline finds the entry. */
  accountId: string;
  /** The subject's owner: history follows the record, so a reassigned account keeps its timeline. */
  ownerId: string;
  departmentId: string;
}

/** Logs a call, email, meeting, visit, note or task on any lead, account or opportunity. Mount anywhere. */
export function ActivityComposer({ subject }: { subject: ActivitySubject }) {
  const { t } = useTranslation('activities');
  const db = useDatabase();
  const session = useSession();
  const [kind, setKind] = useState<ComposerKind>('call');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [due, setDue] = useState('');
  const [error, setError] = useState<{ field: 'title' | 'dueAt'; message: string } | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    if (!title.trim()) return setError({ field: 'title', message: t('composer.required') });
    if (kind === 'task' && !due) return setError({ field: 'dueAt', message: t('composer.dueRequired') });
    setSaving(true);
    try {
      const now = new Date();
      await insertDoc(
        db,
        'activities',
        {
          kind,
          subjectType: subject.subjectType,
          subjectId: subject.subjectId,
          accountId: subject.accountId,
          at: now.toISOString(),
          title: title.trim(),
          ...(body.trim() ? { body: body.trim() } : {}),
          ...(kind === 'task' ? { dueAt: new Date(due).toISOString(), done: false } : {}),
          ownerId: subject.ownerId,
          departmentId: subject.departmentId,
        },
        session,
        now,
      );
      setTitle('');
      setBody('');
      setDue('');
      setError(null);
      notifications.show({ message: t('composer.saved'), color: 'teal' });
    } catch (err) {
      setError({ field: 'title', message: err instanceof Error ? err.message : String(err) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      data-testid="activity-composer"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Stack gap="xs">
        <SegmentedControl
          aria-label={t('composer.kind')}
          size="xs"
          value={kind}
          onChange={(v) => setKind(v as ComposerKind)}
          data={KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        />
        <TextInput
          aria-label={t('composer.subject')}
          placeholder={t('composer.subject')}
          name="title"
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={error?.field === 'title' ? error.message : undefined}
        />
        <Textarea
          aria-label={t('composer.body')}
          placeholder={t('composer.body')}
          name="body"
          autosize
          minRows={2}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
        />
        <Group justify="space-between" align="flex-start">
          {kind === 'task' ? (
            <TextInput
              type="datetime-local"
              aria-label={t('composer.dueAt')}
              name="dueAt"
              value={due}
              onChange={(e) => setDue(e.currentTarget.value)}
              error={error?.field === 'dueAt' ? error.message : undefined}
            />
          ) : (
            <span />
          )}
          <Button type="submit" loading={saving}>
            {t('composer.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
