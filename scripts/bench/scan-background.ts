// The background's part of a scan, for the scan benchmark (bundled by scripts/bench/scan.ts): a
// worker that answers 'classify-posts' as the extension's background does, off the page's main
// thread. Messages travel as JSON strings, as Chromium's extension messaging sends them.
import { judgeOnPage } from '../../entrypoints/background/analysis';

interface ClassifyRequest {
  id: number;
  texts: string[];
}

self.onmessage = (event: MessageEvent<string>) => {
  const started = performance.now();
  const { id, texts } = JSON.parse(event.data) as ClassifyRequest;
  const verdicts = texts.map((text) => judgeOnPage(text));
  const backgroundMs = performance.now() - started;
  self.postMessage(JSON.stringify({ id, verdicts, backgroundMs }));
};
