import { IconCamera } from '@tabler/icons-react';
import { EmptyFeaturePage } from '../../ui/EmptyFeaturePage';

export function CapturePage() {
  return <EmptyFeaturePage domain="capture" icon={<IconCamera size={32} />} />;
}
