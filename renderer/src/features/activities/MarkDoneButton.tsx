import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../data/db-context';
import { useSession } from '../../data/session';
import { updateDoc } from '../../db/write';

/** "Done" on an open task, wherever tasks are listed (the task list, a record's timeline). */
export function MarkDoneButton({ taskId }: { taskId: string }) {
  const { t } = useTranslation('activities');
  const db = useDatabase();
  const session = useSession();
  return (
    <Button
      size="compact-xs"
      variant="light"
      onClick={() =>
        void updateDoc(db, 'activities', taskId, { done: true, doneAt: new Date().toISOString() }, session)
      }
    >
      {t('timeline.markDone')}
    </Button>
  );
}
