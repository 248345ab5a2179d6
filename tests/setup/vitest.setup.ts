// Component tests opt into a DOM per file with `// @vitest-environment happy-dom`.
import '@testing-library/jest-dom/vitest';
