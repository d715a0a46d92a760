/**
 * The fallback fonts bundled under resources/fonts/, for the export (labels) and the About box
 * (credits and licences: the SIL Open Font License asks that its text travels with the fonts).
 */
export interface BundledFont {
  file: string;
  /** How the export names it to the clerk. */
  label: string;
  /** What it stands in for. */
  standsInFor: string;
  copyright: string;
  licence: string;
  /** Licence text, beside the font in resources/fonts/. */
  licenceFile: string;
}

const OFL = 'SIL Open Font License 1.1';

export const BUNDLED_FONTS = {
  serif: {
    file: 'NotoSerifSC-Regular.ttf',
    label: '思源宋体 Noto Serif SC',
    standsInFor: '仿宋（正文）、宋体（表格、页码）',
    copyright: '(c) 2017-2024 Adobe (http://www.adobe.com/)',
    licence: OFL,
    licenceFile: 'OFL-Noto.txt',
  },
  serifBold: {
    file: 'NotoSerifSC-Bold.ttf',
    label: '思源宋体 Noto Serif SC Bold',
    standsInFor: '方正小标宋简体（标题）',
    copyright: '(c) 2017-2024 Adobe (http://www.adobe.com/)',
    licence: OFL,
    licenceFile: 'OFL-Noto.txt',
  },
  sans: {
    file: 'NotoSansSC-Regular.ttf',
    label: '思源黑体 Noto Sans SC',
    standsInFor: '黑体（一级标题）',
    copyright: "(c) 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'",
    licence: OFL,
    licenceFile: 'OFL-Noto.txt',
  },
  kai: {
    file: 'NianbaoKai-Regular.ttf',
    label: '年报楷体（霞鹜文楷 GB2312 子集）',
    standsInFor: '楷体_GB2312（二级标题）',
    copyright: 'Copyright 2021-2023 LXGW; Copyright 2020 The Klee Project Authors（霞鹜文楷的子集，已按许可要求改名）',
    licence: OFL,
    licenceFile: 'OFL-NianbaoKai.txt',
  },
} as const satisfies Record<string, BundledFont>;
