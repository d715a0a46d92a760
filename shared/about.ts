/** The About box text, the same in the desktop menu and the web build; credits the bundled fonts (OFL asks for it). */
import { BUNDLED_FONTS } from './export/font-credits.ts';

export interface AboutText {
  title: string;
  message: string;
  lines: string[];
}

export function aboutText(version: string): AboutText {
  return {
    title: '关于年报编辑器',
    message: `年报编辑器 ${version}`,
    lines: [
      '政府信息公开工作年度报告编辑器（国办公开办函〔2021〕30号格式），离线使用，不联网。',
      '电脑上没有官方字体时，导出使用以下内置替代字体：',
      ...Object.values(BUNDLED_FONTS).map(
        (f) => `${f.label}（代替${f.standsInFor}）：${f.copyright}；${f.licence}，许可文本见 resources/fonts/${f.licenceFile}`,
      ),
    ],
  };
}
