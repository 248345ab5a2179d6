import { IconBox } from '@tabler/icons-react';
import { EmptyFeaturePage } from '../../ui/EmptyFeaturePage';

export function ProductsPage() {
  return <EmptyFeaturePage domain="products" icon={<IconBox size={32} />} />;
}
