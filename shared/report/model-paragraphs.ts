/**
 * Model paragraphs a new report starts with, suited to the kind of unit. They are drafts for the clerk
 * to rewrite: every figure is left as ×× and every paragraph says what the section is expected to cover.
 */
import { SECTIONS, subheadingLabel, type SectionId } from '../schema/sections.ts';
import type { UnitKind } from '../schema/units.ts';
import type { Paragraph, SectionProse } from './model.ts';

type Overview = [string, string, string, string, string];

const OVERVIEW_COMMON: Overview = [
  '本年度通过门户网站政府信息公开专栏主动公开政府信息××条，及时更新机构职能、政策文件、财政预决算等重点领域信息。',
  '本年度共收到政府信息公开申请××件，均在法定期限内答复，未发生因答复超期引起的行政复议或行政诉讼。',
  '按照“谁制作、谁公开”的原则做好公开前保密审查，对本机关制发的政策文件及时进行清理并公布清理结果。',
  '持续维护政府信息公开专栏，规范栏目设置，确保信息发布及时、准确、完整。',
  '明确分管负责同志和工作人员，将政府信息公开工作纳入年度工作安排，接受社会监督。',
];

const OVERVIEW_BY_KIND: Partial<Record<UnitKind, Overview>> = {
  township: [
    '本年度在镇（街道）政府信息公开专栏主动公开政府信息××条，重点公开惠农补贴、低保救助、征地拆迁、财政预决算等与群众切身利益相关的信息，并通过村（社区）公开栏同步公开。',
    '本年度共收到政府信息公开申请××件，均按规定登记、办理并在法定期限内答复。',
    '落实公开前保密审查制度，做好政府信息的收集、保存和归档，及时清理失效的规范性文件。',
    '依托上级政府门户网站统一平台维护本镇（街道）信息公开专栏，同时利用便民服务中心公开栏、村（社区）公开栏等渠道公开信息。',
    '将政府信息公开工作纳入年度工作考核，主动接受社会评议，对未按规定公开信息的严格落实责任追究，确保各项要求落到实处。',
  ],
  countyGov: [
    '本年度通过县人民政府门户网站主动公开政府信息××条，围绕重大决策、财政资金、民生保障等重点领域加大公开力度。',
    '本年度共收到政府信息公开申请××件，规范办理流程，依法按时答复。',
    '开展规范性文件清理，统一公布现行有效的规范性文件目录，严格公开前审查。',
    '统筹县政府门户网站、政务新媒体等平台建设，做好政策解读和回应关切。',
    '将政府信息公开工作纳入政府绩效考核体系，组织社会评议，对工作落实不到位的依规追究责任。',
  ],
};

function overview(kind: UnitKind): Paragraph[] {
  const def = SECTIONS.find((s) => s.id === 'overview')!;
  const texts = OVERVIEW_BY_KIND[kind] ?? OVERVIEW_COMMON;
  return def.subheadings.map((h, i) => ({ heading: subheadingLabel(i, h), text: texts[i]! }));
}

function plain(text: string): SectionProse {
  return { paragraphs: [{ heading: '', text }] };
}

/** The six sections of a new report with model text for `kind`, to be rewritten by the clerk. */
export function modelSections(kind: UnitKind, year: number): Record<SectionId, SectionProse> {
  return {
    overview: { paragraphs: overview(kind) },
    proactive: plain(''),
    applications: plain(''),
    review: plain(''),
    problems: plain(
      `${year}年本单位政府信息公开工作仍存在公开内容不够全面、更新不够及时等问题。下一步将加强业务培训，完善信息发布审核流程，进一步提升公开质量。`,
    ),
    other: plain(`本单位${year}年度未收取信息处理费。无其他需要报告的事项。`),
  };
}
