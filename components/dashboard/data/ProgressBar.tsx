import { t } from '@/lib/i18n';
import type { Progress } from '@/lib/io';

/**
 * A labelled progress bar for a long operation (import, backup, export); `text` says what is
 * being done in words, else "12 of 40".
 */
export function ProgressBar({
  progress,
  label,
  text,
}: {
  progress: Progress | undefined;
  label: string;
  text?: string;
}) {
  if (!progress) return null;
  return (
    <div className="progress">
      <progress aria-label={label} max={Math.max(progress.total, 1)} value={progress.done} />
      <span className="muted">{text ?? t('dataProgress', progress.done, progress.total)}</span>
    </div>
  );
}
