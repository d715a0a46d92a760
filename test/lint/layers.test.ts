import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId?.startsWith('no-restricted')).map((m) => m.message);
}

describe('分层规则（lint）', () => {
  it.each([
    ["import { readFile } from 'node:fs';", 'no Node modules'],
    ["import { app } from 'electron';", 'must not import Electron'],
    ["import { useState } from 'react';", 'must not import React'],
    ["import { x } from '../../electron/files/atomic-write.ts';", 'nothing from the app layers'],
    ['export const w = window.innerWidth;', 'no DOM or Node globals'],
  ])('shared/ 中 %s 被拒绝', async (code, message) => {
    expect((await problems('shared/report/example.ts', `${code}\nexport {};\n`)).join()).toContain(message);
  });

  it.each([
    ["import { readFile } from 'node:fs';", 'never sees Node'],
    ["import { x } from '../electron/files/atomic-write.ts';", 'only through the API'],
  ])('renderer/ 中 %s 被拒绝', async (code, message) => {
    expect((await problems('renderer/example.tsx', `${code}\nexport {};\n`)).join()).toContain(message);
  });

  it('electron/ 不能引用 renderer/', async () => {
    expect((await problems('electron/main/example.ts', "import { x } from '../../renderer/app.tsx';\nexport {};\n")).join()).toContain(
      'must not import the renderer',
    );
  });

  it('允许的引用不报错', async () => {
    expect(await problems('shared/report/example.ts', "import { SECTIONS } from '../schema/index.ts';\nexport { SECTIONS };\n")).toEqual([]);
    expect(await problems('electron/cli/example.ts', "import { readFile } from 'node:fs';\nexport { readFile };\n")).toEqual([]);
  });
});
