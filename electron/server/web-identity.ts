/**
 * The web build's identity per workspace: its token and its port, kept in the app's data folder
 * (readable by the clerk only, 0600). A restarted `nianbao serve` on the same workspace answers at
 * the same address with the same token, so the page left open — and its unsaved edits in the
 * browser's storage, which belong to that address — carries on instead of failing with 「令牌无效」.
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';

export interface WebIdentity {
  token: string;
  /** The port last served on; 0 before the first start. */
  port: number;
}

export function identityPath(dataDir: string): string {
  return join(dataDir, 'web-server.json');
}

function valid(data: unknown): data is WebIdentity {
  const d = data as Partial<WebIdentity> | null;
  return typeof d?.token === 'string' && /^[0-9a-f]{48}$/.test(d.token) && Number.isInteger(d.port) && d.port! >= 0 && d.port! <= 65535;
}

/** Writes the identity readable by the owner only; the temp file is 0600 from its creation, not chmod-ed after. */
export async function writeIdentity(dataDir: string, identity: WebIdentity): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const target = identityPath(dataDir);
  const temp = `${target}.${randomBytes(6).toString('hex')}.nianbao-tmp`;
  const fh = await open(temp, 'wx', 0o600);
  try {
    await fh.writeFile(JSON.stringify(identity));
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(temp, target);
  await chmod(target, 0o600);
}

/** The workspace's identity, made on first use. A damaged file gets a new token (the old page then asks for the new address). */
export async function loadIdentity(dataDir: string): Promise<WebIdentity> {
  try {
    const data: unknown = JSON.parse(await readFile(identityPath(dataDir), 'utf8'));
    if (valid(data)) {
      await chmod(identityPath(dataDir), 0o600);
      return data;
    }
  } catch {
    /* none yet, or unreadable: make one */
  }
  const identity = { token: randomBytes(24).toString('hex'), port: 0 };
  await writeIdentity(dataDir, identity);
  return identity;
}
