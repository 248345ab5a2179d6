import { IconCamera } from '@tabler/icons-react';
import { EmptyFeaturePage } from '../../app/EmptyFeaturePage';

export function CapturePage() {
  return <EmptyFeaturePage domain="capture" icon={<IconCamera size={32} />} />;
}
