/** The recent files as the page's lists show them (web menu, start screen): read once per list, capped as the native menu is. */
import { useEffect, useState } from 'react';
import { recentShown } from '../../shared/actions.ts';
import type { FileRef } from '../../shared/api/contract.ts';
import { tryApi } from './api-access.ts';

/** The newest recent files (at most RECENT_SHOWN); null while they are read, empty when none or unreachable. */
export function useRecentFiles(): FileRef[] | null {
  const [recent, setRecent] = useState<FileRef[] | null>(null);
  useEffect(() => {
    const { api } = tryApi();
    if (!api) return setRecent([]);
    api.listRecent().then(
      (files) => setRecent(recentShown(files)),
      () => setRecent([]),
    );
  }, []);
  return recent;
}
