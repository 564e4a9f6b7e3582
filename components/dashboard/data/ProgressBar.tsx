import { t } from '@/lib/i18n';
import type { Progress } from '@/lib/io';

/** A labelled progress bar for a long operation (import, backup, export). */
export function ProgressBar({ progress, label }: { progress: Progress | undefined; label: string }) {
  if (!progress) return null;
  return (
    <div className="progress">
      <progress aria-label={label} max={Math.max(progress.total, 1)} value={progress.done} />
      <span className="muted">{t('dataProgress', progress.done, progress.total)}</span>
    </div>
  );
}
