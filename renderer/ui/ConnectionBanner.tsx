/** 「连接已断开」 while the web build's server does not answer; the edits stay in the page and the browser. */
import { connectionStore } from '../api/connection.ts';

export function ConnectionBanner() {
  const online = connectionStore((s) => s.online);
  if (online) return null;
  return (
    <div className="connection-lost" role="alert" data-testid="connection-lost">
      连接已断开：本机的年报编辑器服务已停止。修改仍保留在本页面和本浏览器中；在同一文件夹重新启动年报编辑器后即可继续保存。
    </div>
  );
}
