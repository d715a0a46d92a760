/**
 * While a scan is read after 打开 or 从上年报告新建: 「正在识别第 k 页，共 n 页」 and 取消, over whatever
 * was on screen (which stays as it was when the reading is stopped). Nothing shows for a file that is
 * no scan: those read in a moment.
 */
import { useEffect, useRef } from 'react';
import { cancelScanReading, progressText, useScanReading } from '../commands/scan-reading.ts';

export function ScanProgressDialog() {
  const progress = useScanReading((s) => s.progress);
  const cancelling = useScanReading((s) => s.cancelling);
  const button = useRef<HTMLButtonElement>(null);
  const shown = progress !== null;
  useEffect(() => {
    if (shown) button.current?.focus();
  }, [shown]);
  if (!progress) return null;
  return (
    <div className="dialog-backdrop">
      <div className="dialog scan-progress" role="dialog" aria-modal="true" aria-labelledby="scan-progress-title">
        <h2 id="scan-progress-title">正在读取扫描件</h2>
        <p role="status" aria-live="polite">
          {cancelling ? '正在停止识别…' : progressText(progress)}
        </p>
        {progress.pages > 0 ? <progress max={progress.pages} value={progress.page - 1} /> : null}
        <p className="muted">扫描件由本机逐页识别文字，不会上传到网络。</p>
        <div className="dialog-buttons">
          <button ref={button} type="button" disabled={cancelling} onClick={() => void cancelScanReading()}>
            取消
          </button>
        </div>
      </div>
    </div>
  );
}
