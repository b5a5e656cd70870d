import type { UploadProgress } from '../hooks/useTicketUpload.ts';

const megabytes = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const mb = (bytes: number) => `${megabytes.format(bytes / 1_048_576)} MB`;

/** How much of the file has gone out; once all of it has, the registry is reading it. */
export function UploadProgressBar({ progress }: { progress: UploadProgress }) {
  const percent = progress.total > 0 ? Math.min(100, Math.round((progress.loaded / progress.total) * 100)) : 0;
  const sent = progress.total > 0 && progress.loaded >= progress.total;
  const text = sent ? 'Sent; the registry is reading the tickets…' : `${percent}% sent (${mb(progress.loaded)} of ${mb(progress.total)})`;
  return (
    <div className="upload-progress">
      <div
        className="progress"
        role="progressbar"
        aria-label="Upload progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={text}
        data-testid="upload-progress"
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="field-hint" aria-hidden="true">
        {text}
      </p>
    </div>
  );
}
