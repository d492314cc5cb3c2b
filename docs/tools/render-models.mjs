// Renders every BPMN model in processes/ to docs/models/<name>.png with the bpmn-js viewer in Debian's Chromium
// (playwright-core, never a downloaded browser). Run through docs/tools/render-models.sh.
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const viewer = readFileSync(join(root, 'node_modules/bpmn-js/dist/bpmn-viewer.production.min.js'), 'utf8');
const css = ['diagram-js.css', 'bpmn-js.css'].map(f => readFileSync(join(root, 'node_modules/bpmn-js/dist/assets', f), 'utf8')).join('\n');
const only = process.argv.slice(2);
const models = readdirSync(join(root, 'processes')).filter(f => f.endsWith('.bpmn'))
  .filter(f => only.length === 0 || only.some(o => f.startsWith(o)));
mkdirSync(join(root, 'docs/models'), { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const file of models) {
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 }, deviceScaleFactor: 1 });
    await page.setContent(`<html><head><style>${css} html,body{margin:0;background:#fff} #canvas{width:100vw;height:100vh}</style></head>
      <body><div id="canvas"></div></body></html>`);
    await page.addScriptTag({ content: viewer });
    const size = await page.evaluate(async xml => {
      window.viewer = new BpmnJS({ container: '#canvas' });
      const { warnings } = await window.viewer.importXML(xml);
      const inner = window.viewer.get('canvas').viewbox().inner;
      return { warnings: warnings.map(w => w.message), x: inner.x - 20, y: inner.y - 20, width: Math.ceil(inner.width + 40), height: Math.ceil(inner.height + 40) };
    }, readFileSync(join(root, 'processes', file), 'utf8'));
    if (size.warnings.length) {
      throw new Error(`${file}: ${size.warnings.join('; ')}`);
    }
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.evaluate(box => window.viewer.get('canvas').viewbox(box), { x: size.x, y: size.y, width: size.width, height: size.height });
    const out = join(root, 'docs/models', file.replace(/\.bpmn$/, '.png'));
    await page.screenshot({ path: out, fullPage: false });
    console.log(`${out.substring(root.length + 1)} ${size.width}x${size.height}`);
    await page.close();
  }
} finally {
  await browser.close();
}
