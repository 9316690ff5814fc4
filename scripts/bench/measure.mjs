// Runs the built CLI in this process and prints {ms, maxRssMB, code} as JSON on stdout, the
// CLI's own output going to /dev/null: what `npm run bench` times for ponam.
import { main } from '../../dist/cli/index.js';

const write = process.stdout.write.bind(process.stdout);
process.stdout.write = () => true;
process.stderr.write = () => true;
const started = performance.now();
const code = await main(process.argv.slice(2));
const ms = performance.now() - started;
write(`${JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, code })}\n`);
