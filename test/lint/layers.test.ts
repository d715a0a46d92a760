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
    ['export const e = process.env;', 'no DOM or Node globals'],
    ["export const b = Buffer.from('x');", 'no DOM or Node globals'],
    ['export const d = __dirname;', 'no DOM or Node globals'],
  ])('shared/ 中 %s 被拒绝', async (code, message) => {
    expect((await problems('shared/report/example.ts', `${code}\nexport {};\n`)).join()).toContain(message);
  });

  it.each([
    ["import { readFile } from 'node:fs';", 'never sees Node'],
    ["import { x } from '../electron/files/atomic-write.ts';", 'only through the API'],
    ["import { ipcRenderer } from 'electron';", 'only through the API'],
    ['export const e = process.env;', 'no Node globals'],
    ["export const b = Buffer.from('x');", 'no Node globals'],
    ["export const r = require('node:fs');", 'no Node globals'],
    ['export const d = __dirname;', 'no Node globals'],
  ])('renderer/ 中 %s 被拒绝', async (code, message) => {
    expect((await problems('renderer/example.tsx', `${code}\nexport {};\n`)).join()).toContain(message);
  });

  it('electron/ 不能引用 renderer/', async () => {
    expect((await problems('electron/main/example.ts', "import { x } from '../../renderer/app.tsx';\nexport {};\n")).join()).toContain(
      'must not import the renderer',
    );
  });

  it('ipcMain 只能在 electron/main/ipc.ts 中使用', async () => {
    const code = "import { ipcMain } from 'electron';\nexport { ipcMain };\n";
    expect((await problems('electron/main/index.ts', code)).join()).toContain('ipcMain only in electron/main/ipc.ts');
    expect(await problems('electron/main/ipc.ts', code)).toEqual([]);
  });

  it.each(['electron/files/example.ts', 'electron/server/example.ts', 'electron/cli/example.ts', 'electron/api/example.ts'])(
    '%s 不能引用 Electron',
    async (file) => {
      expect((await problems(file, "import { app } from 'electron';\nexport { app };\n")).join()).toContain('Only electron/main and electron/preload');
    },
  );

  it('允许的引用不报错', async () => {
    expect(await problems('electron/main/example.ts', "import { app } from 'electron';\nexport { app };\n")).toEqual([]);
    expect(await problems('electron/preload/index.ts', "import { ipcRenderer } from 'electron';\nexport { ipcRenderer };\n")).toEqual([]);
    expect(await problems('shared/report/example.ts', "import { SECTIONS } from '../schema/index.ts';\nexport { SECTIONS };\n")).toEqual([]);
    expect(await problems('electron/cli/example.ts', "import { readFile } from 'node:fs';\nexport { readFile };\n")).toEqual([]);
  });
});
