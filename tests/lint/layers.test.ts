import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The renderer's layer rules (eslint.config.js, docs/architecture.md) on deliberate violations: text linted as
// if it stood at a path in the tree, against the real files around it.
const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function problems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const restricted = 'import-x/no-restricted-paths';

describe('renderer layers', () => {
  it("a feature reaches another only through that feature's index.ts", async () => {
    const deep = await problems(
      'renderer/src/features/leads/probe.ts',
      "import { ChainView } from '../chain/ChainView';\nexport const view = ChainView;\n",
    );
    expect(deep).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*"\.\.\/chain\/ChainView".*through its entry/),
    ]);
    const entry = await problems(
      'renderer/src/features/leads/probe.ts',
      "import { ChainView } from '../chain';\nexport const view = ChainView;\n",
    );
    expect(entry).toEqual([]);
  });

  it('the shell imports features through their entries too', async () => {
    expect(
      await problems(
        'renderer/src/app/probe.ts',
        "import { LeadListPage } from '../features/leads/LeadListPage';\nexport const page = LeadListPage;\n",
      ),
    ).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*through its entry/)]);
  });

  it('a loop between features fails, even through their entries', async () => {
    // chain/chain-links.ts is imported by notifications (through chain/index.ts): importing notifications
    // back from it closes a loop.
    const loop = await problems(
      'renderer/src/features/chain/chain-links.ts',
      "import { NotificationBell } from '../notifications';\nexport const bell = NotificationBell;\n",
    );
    expect(loop).toEqual([
      expect.stringMatching(/^import-x\/no-cycle: Dependency cycle via .*NotificationBell.*\.\.\/chain/),
    ]);
  });

  it('data/ and ui/ import no feature, and nothing imports the shell', async () => {
    const data = await problems(
      'renderer/src/data/probe.ts',
      "import { recordPath } from '../features/chain';\nexport const path = recordPath;\n",
    );
    expect(data).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*import none/)]);
    const ui = await problems(
      'renderer/src/ui/probe.ts',
      "import { useConfig } from '../data/use-config';\nimport { recordPath } from '../features/chain';\nexport const x = [useConfig, recordPath];\n",
    );
    expect(ui).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*"\.\.\/features\/chain"/)]);
    const shell = await problems(
      'renderer/src/features/leads/probe.ts',
      "import { AppRoutes } from '../../app/routes';\nexport const routes = AppRoutes;\n",
    );
    expect(shell).toContain(
      `${restricted}: Unexpected path "../../app/routes" imported in restricted zone. app/ is the shell: nothing imports it.`,
    );
  });
});
