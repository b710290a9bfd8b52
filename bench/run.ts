import os from "os";
import { runAnalysesBench } from "./analyses.bench";
import { runBundleBench } from "./bundle.bench";
import { runEngineBench } from "./engine.bench";
import { runPreviewBench } from "./preview.bench";
import { runPayloadBench } from "./payload.bench";
import { runRecalcBench } from "./recalc.bench";
import { runStoreBench } from "./store.bench";

console.log(
  `BAR benchmarks — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus()[0]?.model ?? "cpu"} × ${os.cpus().length}`,
);
console.log("Medians of repeated runs; ratios are against a baseline measured in the same process.");
const baseline = runEngineBench();
runAnalysesBench(baseline);
runRecalcBench();
// `npm run bench -- engine`: only the engine and functions benchmarks above, which need no build or browser.
if (process.argv[2] !== "engine") runHostBenches();

function runHostBenches(): void {
  void runStoreBench()
    .then(runPayloadBench)
    .then(runBundleBench)
    .then(runPreviewBench)
    .catch((error: Error) => {
      console.error(error);
      process.exitCode = 1;
    });
}
