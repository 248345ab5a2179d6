import type { Pipeline, Stage } from '@shared/model/settings';

/** A stage name in both UI languages; the stored `name` is the Chinese one (the seeds' wording). */
export interface StageLabel {
  zh: string;
  en: string;
}

interface DefaultStage extends Stage {
  names: StageLabel;
}

const stage = (
  id: string,
  zh: string,
  en: string,
  probability: number,
  kind: Stage['kind'] = 'open',
  requires?: Stage['requires'],
): DefaultStage => ({
  id,
  name: zh,
  names: { zh, en },
  probability,
  kind,
  ...(requires ? { requires } : {}),
});

/** The home-appliance exporter's stages from the brief (seed 001); samples confirmed → quotation at 60%. */
const ORDINARY_STAGES: DefaultStage[] = [
  stage('st-got', '获得商机', 'Got opportunity', 10),
  stage('st-contact', '初步接洽', 'First contact', 20),
  stage('st-needs', '需求收集', 'Needs gathering', 30),
  stage('st-visit', '客户拜访', 'Customer visit', 35),
  stage('st-samples', '提供样品', 'Provide samples', 40, 'open', ['sample']),
  stage('st-quote', '报价', 'Quotation', 60),
  stage('st-audit', '客户验厂', 'Factory audit by customer', 80),
  stage('st-won', '赢单', 'Won', 100, 'won'),
  stage('st-lost', '输单', 'Lost', 0, 'lost'),
];

/** Project-type (项目) deals: long, multi-department, usually decided by a tender. */
const PROJECT_STAGES: DefaultStage[] = [
  stage('pj-initiation', '项目立项', 'Project initiation', 10),
  stage('pj-research', '需求调研', 'Requirements research', 20),
  stage('pj-solution', '方案设计', 'Solution design', 35, 'open', ['contact']),
  stage('pj-samples', '样品测试', 'Sample testing', 45, 'open', ['sample']),
  stage('pj-tender', '投标报价', 'Tender / quotation', 60, 'open', ['quote']),
  stage('pj-negotiation', '商务谈判', 'Negotiation', 80, 'open', ['amount']),
  stage('pj-won', '中标签约', 'Won / signed', 100, 'won'),
  stage('pj-lost', '未中标', 'Lost', 0, 'lost'),
];

/** Both names of every default stage, keyed by stage id (admin-made stages fall back to their `name`). */
export const DEFAULT_STAGE_LABELS: Readonly<Record<string, StageLabel>> = Object.fromEntries(
  [...ORDINARY_STAGES, ...PROJECT_STAGES].map((s) => [s.id, s.names]),
);

/** The label to show for a stage in the UI language; unknown ids show the configured name. */
export function stageLabel(stage: Pick<Stage, 'id' | 'name'>, lang: string): string {
  const label = DEFAULT_STAGE_LABELS[stage.id];
  if (!label) return stage.name;
  return lang.toLowerCase().startsWith('zh') ? label.zh : label.en;
}

const toStage = ({ names: _names, ...s }: DefaultStage): Stage => ({
  ...s,
  ...(s.requires ? { requires: [...s.requires] } : {}),
});

export const ORDINARY_PIPELINE_ID = 'pl-ordinary';
export const PROJECT_PIPELINE_ID = 'pl-project';

/** The demo default pipelines with stable ids (settings doc id = pipeline id). Fresh copies each call. */
export function defaultPipelines(): Array<{ id: string; pipeline: Pipeline }> {
  return [
    {
      id: ORDINARY_PIPELINE_ID,
      pipeline: {
        name: '普通商机 Ordinary',
        opportunityKind: 'ordinary',
        isDefault: true,
        stages: ORDINARY_STAGES.map(toStage),
      },
    },
    {
      id: PROJECT_PIPELINE_ID,
      pipeline: {
        name: '项目 Project',
        opportunityKind: 'project',
        isDefault: true,
        stages: PROJECT_STAGES.map(toStage),
      },
    },
  ];
}
