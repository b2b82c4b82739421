/**
 * Export progress on stderr: a bar with count, rate and ETA when stderr is a terminal
 * (cli-progress), nothing while running otherwise (logs stay clean), and one summary line.
 */
import cliProgress from 'cli-progress';

export interface ExportProgress {
  update(count: number, total: number | undefined): void;
  stop(): void;
}

export function createProgress(what: string, startCount: number): ExportProgress {
  if (!process.stderr.isTTY) return { update() {}, stop() {} };
  const startedAt = Date.now();
  const rate = (count: number) => {
    const seconds = (Date.now() - startedAt) / 1000;
    return seconds > 0 ? Math.round((count - startCount) / seconds) : 0;
  };
  const bar = new cliProgress.SingleBar(
    {
      format: `{bar} {value}/{total} ${what} | {rate}/s | ETA {eta_formatted}`,
      stream: process.stderr,
      hideCursor: true,
      etaBuffer: 20,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(count, total) {
      const known = total ?? count;
      if (!started) {
        bar.start(Math.max(known, count), startCount, { rate: 0 });
        started = true;
      }
      bar.setTotal(Math.max(known, count));
      bar.update(count, { rate: rate(count) });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
