import { IconBox } from '@tabler/icons-react';
import { EmptyFeaturePage } from '../../app/EmptyFeaturePage';

export function ProductsPage() {
  return <EmptyFeaturePage domain="products" icon={<IconBox size={32} />} />;
}
