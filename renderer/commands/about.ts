import { aboutText } from '../../shared/about.ts';
import { getApi } from '../api/index.ts';
import { ask } from '../ui/dialog.tsx';

export async function showAbout(): Promise<void> {
  const info = await getApi().info().catch(() => ({ version: '' }));
  const about = aboutText(info.version);
  await ask({ title: about.title, body: about.message, items: about.lines, buttons: [{ label: '确定', value: true, primary: true }] });
}
